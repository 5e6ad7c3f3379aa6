import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessStore
import TwitchlessTestSupport

/// Files longer than one batch of rows: repeats found across batches, and nothing stored when any row is wrong.
@Suite("CSV imports in batches", .timeLimit(.minutes(10)))
struct CSVStreamingImportTests {
    /// An episodes.csv of `count` twitches, one a minute from 2026-06-01 (line 2 is the first row), plus `extra` lines.
    static func episodes(_ count: Int, extra: [String] = []) -> String {
        var lines = ["started_at,site,kind,intensity,duration_seconds,pain,note"]
        let start = Timestamp(iso8601: "2026-06-01T00:00:00Z")!.epochSeconds
        for index in 0..<count {
            let time = Timestamp(epochSeconds: start + Int64(index) * 60, utcOffsetSeconds: 0).iso8601
            lines.append("\(time),\(["face", "calf_left", "hand"][index % 3]),twitch,\(1 + index % 10),20,0,row \(index)")
        }
        return (lines + extra).joined(separator: "\n") + "\n"
    }

    static func file(_ text: String) throws -> CSVImporting.File {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("episodes-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return CSVImporting.File(name: "episodes.csv", path: path)
    }

    static func stored(_ app: AppFixture) async throws -> Int {
        try await app.context.read { try await $0.allEpisodes().count }
    }

    @Test(
        "5,000 rows from a file: a row repeated 4,500 lines later counts once; the same file again adds nothing",
        arguments: TestStores.Engine.allCases
    )
    func repeatsAcrossBatches(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { (app: AppFixture) async throws in
            let rows = Self.episodes(5_000).split(separator: "\n").map(String.init)
            // Line 10 (row 8) again at the end, identical.
            let file = try Self.file(Self.episodes(5_000, extra: [rows[9]]))
            let first = try await CSVImporting.run([file], update: false, context: app.context)
            #expect(first.counts.newEpisodes == 5_000 && first.counts.unchangedEpisodes == 0, "\(first.counts)")
            #expect(try await Self.stored(app) == 5_000)
            let again = try await CSVImporting.run([file], update: false, context: app.context)
            #expect(again.counts.newEpisodes == 0 && again.counts.unchangedEpisodes == 5_000, "\(again.counts)")
            #expect(try await Self.stored(app) == 5_000)
        }
    }

    @Test(
        "A row repeated with other values 4,500 lines later, or one bad cell on the last line, stores nothing of the batches before",
        arguments: TestStores.Engine.allCases
    )
    func nothingStored(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { (app: AppFixture) async throws in
            let rows = Self.episodes(5_000).split(separator: "\n").map(String.init)
            let changed = rows[9].replacingOccurrences(of: ",row 8", with: ",another note")
            let repeated = await thrown {
                _ = try await CSVImporting.run([try Self.file(Self.episodes(5_000, extra: [changed]))], update: false, context: app.context)
            }
            #expect(repeated?.code == .invalidInput)
            #expect(
                repeated?.message.contains("episodes.csv line 5002: This episode (same time, site and kind) is also on line 10") == true,
                "\(repeated?.message ?? "")"
            )
            #expect(try await Self.stored(app) == 0)

            let bad = await thrown {
                _ = try await CSVImporting.run(
                    [try Self.file(Self.episodes(5_000, extra: ["2026-11-20T10:00:00Z,knee,twitch,3,,,"]))],
                    update: false,
                    context: app.context
                )
            }
            #expect(bad?.message.contains("episodes.csv line 5002, column site") == true, "\(bad?.message ?? "")")
            #expect(try await Self.stored(app) == 0)

            // Every row wrong: the message lists 50 and counts the rest, and memory doesn't hold them all.
            let wrong = (0..<3_000).map { "2026-11-20T10:\(String(format: "%02d", $0 % 60)):00Z,knee,twitch,,,," }
            let many = await thrown {
                _ = try await CSVImporting.run([try Self.file(Self.episodes(0, extra: wrong))], update: false, context: app.context)
            }
            #expect(many?.message.contains("the file has 3000 problems") == true && many?.message.contains("… and 2950 more.") == true)
        }
    }

    @Test("A stored episode that differs from a row in a later batch stops the import; replacing updates it", arguments: TestStores.Engine.allCases)
    func conflictInLaterBatch(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { (app: AppFixture) async throws in
            let rows = Self.episodes(4_500).split(separator: "\n").map(String.init)
            _ = try await CSVImporting.run(
                [try Self.file([rows[0], rows[4_000]].joined(separator: "\n") + "\n")],
                update: false,
                context: app.context
            )
            let changed = rows[4_000].replacingOccurrences(of: ",20,0,", with: ",25,0,")
            var lines = rows
            lines[4_000] = changed
            let file = try Self.file(lines.joined(separator: "\n") + "\n")
            let refused = await thrown { _ = try await CSVImporting.run([file], update: false, context: app.context) }
            #expect(refused?.code == .conflict && refused?.message.contains("duration_seconds 20 → 25") == true, "\(refused?.message ?? "")")
            #expect(try await Self.stored(app) == 1)
            let replaced = try await CSVImporting.run([file], update: true, context: app.context)
            #expect(replaced.counts.changedEpisodes == 1 && replaced.counts.newEpisodes == 4_499, "\(replaced.counts)")
            #expect(try await Self.stored(app) == 4_500)
        }
    }
}
