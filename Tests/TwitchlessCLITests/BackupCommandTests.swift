import Foundation
import Testing
import TwitchlessTestSupport

@Suite("backup and restore", .timeLimit(.minutes(5)))
struct BackupCommandTests {
    /// Output with its line wrapping undone.
    static func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test("A backup restores into a new database and backs up as the same file; the log reads the same")
    func roundTrip() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1988-04-02", "--sex", "female", "--time-zone", "Europe/London"])
        await cli.run(["log", "day", "--sleep", "6", "--stress", "7", "--date", "2026-11-23"])
        await cli.run(["log", "episode", "eyelid_left", "--intensity", "3", "--duration", "20s", "--at", "yesterday 18:40"])
        await cli.run(["supplement", "add", "Magnesium glycinate", "--elemental", "100", "--unit", "capsule"])
        await cli.run(["log", "supplement", "Magnesium glycinate", "--servings", "2", "--at", "08:00"])
        await cli.run(["medicine", "add", "levothyroxine", "--schedule", "07:00"])
        let path = cli.folder.appendingPathComponent("me.twitchless-backup").path
        let made = await cli.run(["backup", path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(
            Self.flat(made.stdout).contains("Wrote a backup to \(path): 1 episode, 1 day of check-ins, 1 product, 1 supplement dose, 1 medicine."),
            "\(made.stdout)"
        )

        let moved = CLI()
        let restored = await moved.run(["restore", path])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(Self.flat(restored.stdout).contains("Restored 1 episode, 1 day of check-ins, 1 product, 1 supplement dose, 1 medicine from \(path)."))
        let again = moved.folder.appendingPathComponent("again.twitchless-backup").path
        #expect(await moved.run(["backup", again]).status == 0)
        #expect(try cli.read(path) == moved.read(again))
        #expect(await moved.run(["today"]).stdout == cli.run(["today"]).stdout)

        // Into the same, full database: refused, with nothing changed.
        let full = await cli.run(["restore", path])
        #expect(full.status == 65 && full.stderr.contains("already holds data (episodes, days of check-ins"), "\(full.stderr)")
        #expect(full.stdout.isEmpty)
    }

    @Test(
        "A file that is not a whole, unchanged backup of this version or older is refused, and nothing is stored",
        arguments: [
            ("not-a-backup", "is not a Twitchless backup"),
            ("newer", "made by a newer version of Twitchless (backup format 9"),
            ("truncated", "incomplete"),
            ("edited", "changed or damaged"),
        ]
    )
    func refused(kind: String, words: String) async throws {
        let source = CLI()
        await source.run(["log", "episode", "face", "--at", "10:00", "--note", "a note"])
        let path = source.folder.appendingPathComponent("b").path
        #expect(await source.run(["backup", path]).status == 0)
        let text = try source.read(path)
        let changed: String =
            switch kind {
            case "not-a-backup": "site,kind\nface,twitch\n"
            case "newer": text.replacingOccurrences(of: "\"version\":1}", with: "\"version\":9}")
            case "truncated": String(text.prefix(text.count - 40))
            default: text.replacingOccurrences(of: "a note", with: "a nope")
            }
        let target = CLI()
        let file = try target.write("bad.twitchless-backup", changed)
        let result = await target.run(["restore", file])
        #expect(result.status == 65 && result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stderr.contains("Nothing was changed."))
        #expect(await target.run(["history"]).stdout.contains("a note") == false)
        let missing = await target.run(["restore", target.folder.appendingPathComponent("nope").path])
        #expect(missing.status == 66 && missing.stderr.contains("could not be read"))
    }

    @Test("migrate refuses a target that isn't PostgreSQL and a source that isn't there, changing nothing")
    func migrateRefusals() async throws {
        let cli = CLI()
        await cli.run(["log", "episode", "face", "--at", "10:00"])
        let wrong = await cli.run(["migrate", "--to", "/tmp/elsewhere.sqlite"])
        #expect(wrong.status == 65 && wrong.stderr.contains("is not a PostgreSQL address"), "\(wrong.stderr)")
        let missing = cli.folder.appendingPathComponent("nothing-here.sqlite").path
        let none = await cli.run(["--database", missing, "migrate", "--to", "postgres://localhost/x"])
        #expect(none.status == 66 && none.stderr.contains("There is no database at \(missing) to move."), "\(none.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("serve --backup-dir writes a checked backup of the file soon after it starts, into a new 0700 folder")
    func scheduled() async throws {
        let runner = CLIRunner()
        #expect(try runner.run(["log", "episode", "face", "--at", "10:00"]).status == 0)
        let folder = runner.folder.appendingPathComponent("backups")
        let server = try ServerProcess(
            database: runner.database.path,
            environment: ["TWITCHLESS_NOW": runner.now, "TZ": "UTC"],
            folder: runner.folder,
            arguments: ["--backup-dir", folder.path, "--backup-every", "12h", "--keep", "3"]
        )
        let deadline = Date().addingTimeInterval(20)
        var names: [String] = []
        while names.isEmpty, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".sqlite") }
        }
        #expect(server.stop() == 0)
        #expect(names == ["twitchless-2026-11-24T180000Z.sqlite"])
        #expect(try PrivateFilesTests.mode(folder.path) == 0o700)
        let copy = CLI()
        let history = await copy.run(["--database", folder.appendingPathComponent(names.first ?? "x").path, "history", "--days", "1", "--json"])
        #expect(history.stdout.contains("\"episodes\" : 1"), "\(history.stdout)\(history.stderr)")
    }
}
