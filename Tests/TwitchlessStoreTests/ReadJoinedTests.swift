import Foundation
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessStore

/// One read snapshot for a page built of many reads (`readJoined`): the reads inside it see one moment, and a write
/// inside it is refused rather than made outside the snapshot.
@Suite("Reads joined in one snapshot", .timeLimit(.minutes(10)))
struct ReadJoinedTests {
    static func episode(_ minute: Int64) -> Episode {
        Episode(startedAt: Timestamp(epochSeconds: 1_780_000_000 + minute * 60, utcOffsetSeconds: 0), site: .face, kind: .twitch)
    }

    /// On PostgreSQL (SQLite's command-line store has one connection, which the snapshot holds).
    @Test("Reads inside it see the same moment on PostgreSQL, whatever is written meanwhile")
    func oneMoment() async throws {
        try await TestStores.with(.postgres) { store in
            try await store.write(.local) { try await $0.insertEpisodes([Self.episode(0)]) }
            let (before, after) = try await store.readJoined(.local) { _ in
                let before = try await store.read(.local) { try await $0.allEpisodes().count }
                // Written from outside the snapshot, as another request would.
                try await Task.detached { try await store.write(.local) { try await $0.insertEpisodes([Self.episode(1)]) } }.value
                let after = try await store.read(.local) { try await $0.allEpisodes().count }
                return (before, after)
            }
            #expect(before == 1)
            #expect(after == 1)
            let later = try await store.read(.local) { try await $0.allEpisodes().count }
            #expect(later == 2)
        }
    }

    @Test("A write inside it is refused, and nothing is written", arguments: TestStores.Engine.allCases)
    func writeRefused(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            await #expect(throws: TwitchlessError.self) {
                try await store.readJoined(.local) { _ in
                    try await store.write(.local) { try await $0.insertEpisodes([Self.episode(2)]) }
                }
            }
            await #expect(throws: TwitchlessError.self) {
                try await store.readJoined(.local) { _ in _ = try await store.insertEpisode(.local, Self.episode(3)) }
            }
            await #expect(throws: TwitchlessError.self) {
                try await store.readJoined(.local) { _ in try await store.accounts { try await $0.erasedOwners() } }
            }
            let stored = try await store.read(.local) { try await $0.allEpisodes() }
            #expect(stored.isEmpty)
        }
    }
}
