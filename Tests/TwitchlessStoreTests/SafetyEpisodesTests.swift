import Foundation
import SQLKit
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessStore

/// The episode read behind every Today page built afresh: what the red-flag rules need of every episode, one person's
/// only, and on PostgreSQL from the index alone.
@Suite("The red-flag rules' episode read", .timeLimit(.minutes(10)))
struct SafetyEpisodesTests {
    static func episodes(days: Int, offset: Int) -> [Episode] {
        (0..<days).map { day in
            Episode(
                startedAt: Timestamp(
                    epochSeconds: 1_780_000_000 + Int64(day) * 86_400 + Int64(offset),
                    utcOffsetSeconds: day % 2 == 0 ? 3_600 : -18_000
                ),
                site: day % 3 == 0 ? .calfLeft : .eyelidRight,
                kind: day % 5 == 0 ? .cramp : .twitch,
                intensity: 4,
                durationSeconds: day % 4 == 0 ? nil : day * 7,
                pain: 1,
                note: "note \(day)"
            )
        }
    }

    @Test("Gives each of the person's episodes' time, zone, site, kind and duration, and nobody else's", arguments: TestStores.Engine.allCases)
    func onePersonsEpisodes(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            let other = OwnerID("someone-else")
            try await store.withDatabase { try await $0.raw("INSERT INTO owners (id, created_at) VALUES (\(bind: other.rawValue), 'now')").run() }
            let mine = Self.episodes(days: 40, offset: 0)
            try await store.write(.local) { try await $0.insertEpisodes(mine) }
            try await store.write(other) { try await $0.insertEpisodes(Self.episodes(days: 30, offset: 600)) }
            let read = try await store.read(.local) { try await $0.allEpisodesForSafety() }
            func key(_ episode: Episode) -> String {
                "\(episode.startedAt.epochSeconds) \(episode.startedAt.utcOffsetSeconds) \(episode.site) \(episode.kind) \(episode.durationSeconds.map(String.init) ?? "-")"
            }
            #expect(read.map(key).sorted() == mine.map(key).sorted())
        }
    }

    @Test("Is an index-only scan on PostgreSQL once the table is vacuumed, among many people's episodes")
    func indexOnly() async throws {
        let location = try await TestStores.freshLocation(.postgres)
        let store = try await TwitchlessStore.open(location)
        do {
            try await store.write(.local) { try await $0.insertEpisodes(Self.episodes(days: 200, offset: 0)) }
            let plan = try await TestStores.administer(
                [
                    "INSERT INTO owners (id, created_at) SELECT 'p' || n, 'now' FROM generate_series(1, 200) n",
                    """
                    INSERT INTO episodes (id, owner_id, started_at, utc_offset_seconds, local_date, site, kind, created_at)
                    SELECT 'e' || n || '-' || d, 'p' || n, 1780000000 + d * 86400, 0, '2026-06-01', 'calf_left', 'twitch', 'now'
                    FROM generate_series(1, 200) n, generate_series(1, 200) d
                    """,
                    "VACUUM (ANALYZE) episodes",
                    "EXPLAIN (FORMAT JSON) \(SafetyEpisodes.sql.replacingOccurrences(of: "$1", with: "'\(OwnerID.local.rawValue)'"))",
                ],
                in: location
            ).compactMap { $0.first ?? nil }.joined()
            #expect(plan.contains("\"Index Only Scan\""), "\(plan)")
            #expect(plan.contains("episodes_owner_moment"), "\(plan)")
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
