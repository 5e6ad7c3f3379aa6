import Foundation
import Testing
import TwitchlessStore
import TwitchlessTestSupport

@Suite("Bad input gives a clear error, the right exit code, and changes nothing", .timeLimit(.minutes(10)))
struct BadInputTests {
    /// A runner with some data already stored.
    func seeded() async throws -> CLI {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1990-01-01", "--sex", "male"])
        await cli.run(["log", "episode", "calf_left", "--intensity", "4", "--at", "08:00"])
        return cli
    }

    func snapshot(_ cli: CLI) async throws -> String {
        await cli.run(["export", "csv", "--output", cli.folder.appendingPathComponent("snap").path])
        return try cli.read(cli.folder.appendingPathComponent("snap/episodes.csv").path)
            + cli.read(cli.folder.appendingPathComponent("snap/days.csv").path)
    }

    @Test(
        "Bad values exit 65 with a message on stderr, and stored data stays as it was",
        arguments: [
            (["log", "episode", "calf_left", "--intensity", "14"], "Intensity 14"),
            (["log", "episode", "calf_left", "--pain", "11"], "Pain 11"),
            (["log", "episode", "elbow"], "not a body site"),
            (["log", "episode", "face", "--at", "2030-01-01T10:00:00Z"], "in the future"),
            (["log", "episode", "face", "--at", "23:30"], "yesterday 23:30"),
            (["log", "day", "--date", "2030-01-01"], "in the future"),
            (["log", "day", "--sleep", "25"], "Sleep of 25 hours"),
            (["log", "day", "--drink", "unicorn juice"], "couldn't find the drink"),
            (["supplement", "add", "X", "--compound", "500", "--form", "unobtainium"], "not a magnesium form"),
            (["supplement", "add", "X", "--compound", "500", "--form", "citrate"], "several forms"),
            (["magnesium", "convert", "500", "mg", "kryptonite"], "not a magnesium form"),
            (["profile", "--time-zone", "Mars/Olympus"], "time zone"),
            (["profile", "--birth", "31/02/1990"], "birth date"),
            (["log", "food", "--id", "12016", "--amount", "3 bushels"], "not a portion"),
        ]
    )
    func badValues(arguments: [String], message: String) async throws {
        let cli = try await seeded()
        let before = try await snapshot(cli)
        let result = await cli.run(arguments)
        #expect(result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try await snapshot(cli) == before)
    }

    @Test("A wrong flag is a usage error (64)")
    func usage() async throws {
        let result = await CLI().run(["log", "episode", "face", "--colour", "blue"])
        #expect(result.status == 64)
    }

    @Test("A product that doesn't exist is not found (66)")
    func notFound() async throws {
        let result = try await seeded().run(["log", "supplement", "Nothing like this"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("supplement add"))
    }

    @Test("A missing database folder is a storage error (69) that says what to do; nothing is created")
    func missingFolder() async throws {
        let cli = CLI()
        let path = cli.folder.appendingPathComponent("no/such/folder/db.sqlite").path
        let result = await cli.run(["today", "--database", path], useDatabase: false)
        #expect(result.status == 69)
        #expect(result.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("no").path))
    }

    @Test("--database works before the subcommand too, and the default location follows XDG_DATA_HOME")
    func databaseLocations() async throws {
        let cli = CLI()
        let path = cli.folder.appendingPathComponent("other.sqlite").path
        #expect(await cli.run(["--database", path, "log", "day"], useDatabase: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(await cli.run(["log", "day"], useDatabase: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("data/twitchless/twitchless.sqlite").path))
    }

    @Test("A PostgreSQL server that isn't there is reported plainly, without the password")
    func postgresUnreachable() async throws {
        // Port 9 on loopback: nothing listens there.
        let result = await CLI().run(["today", "--database", "postgres://me:secret@127.0.0.1:9/db"], useDatabase: false)
        #expect(result.status == 69)
        #expect(result.stderr.contains("could not be reached"))
        #expect(result.stderr.contains("postgres://me@127.0.0.1:9/db"))
        #expect(!result.stderr.contains("secret"))
        // A host name that doesn't resolve is the same plain message and exit code, not an internal error.
        let unknown = await CLI().run(["today", "--database", "postgres://me:secret@no-such-host.invalid/db"], useDatabase: false)
        #expect(unknown.status == 69, "\(unknown.stderr)")
        #expect(unknown.stderr.contains("could not be reached (nothing answered at no-such-host.invalid, port 5432)"), "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("secret"))
    }

    @Test("A PostgreSQL address that can't be read is refused")
    func postgresBadURL() async throws {
        let result = await CLI().run(["today", "--database", "postgres://"], useDatabase: false)
        #expect(result.status == 65)
        #expect(result.stderr.contains("not a PostgreSQL address"))
    }

    @Test("The CLI works on PostgreSQL too: log an episode, see it today")
    func onPostgres() async throws {
        guard case .postgres(url: let url) = try await TestStores.freshLocation(.postgres) else {
            Issue.record("not a PostgreSQL location")
            return
        }
        let runner = CLI()
        let logged = await runner.run(["log", "episode", "eyelid_left", "--intensity", "3", "--database", url], useDatabase: false)
        #expect(logged.status == 0, "\(logged.stderr)")
        let today = await runner.run(["today", "--json", "--database", url], useDatabase: false)
        #expect(today.stdout.contains("\"episodes\" : 1"), "\(today.stdout)")
    }
}

@Suite("More bad input", .timeLimit(.minutes(10)))
struct MoreBadInputTests {
    @Test(
        "Negative numbers, empty times and times before 1900 get a plain explanation (65)",
        arguments: [
            (["log", "day", "--sleep", "-1"], "Sleep of -1 hours"),
            (["supplement", "add", "X", "--elemental", "-5"], "elemental magnesium"),
            (["log", "episode", "face", "--at", ""], "The time is empty"),
            (["log", "episode", "face", "--at", "1000-01-01T00:00:00Z"], "too long ago"),
            (["day", "99999 days ago"], "too long ago"),
            (["profile", "--upper-limit", "uk"], "us, eu"),
        ]
    )
    func explained(arguments: [String], message: String) async throws {
        let result = await CLI().run(arguments)
        #expect(result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

@Suite("Second-look fixes", .timeLimit(.minutes(10)))
struct SecondLookTests {
    @Test("Without a birth date, supplements above every age's limit still get a notice")
    func unknownAge() async throws {
        let cli = CLI()
        await cli.run(["supplement", "add", "Big", "--elemental", "500"])
        await cli.run(["log", "supplement", "Big", "--at", "09:00"])
        let ids = (try await cli.json(["today"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids?.contains("dose_over_any_ul") == true)
    }

    @Test("Logging the same minute again with other details is a conflict (65), not a silent skip")
    func sameMinute() async throws {
        let cli = CLI()
        await cli.run(["log", "episode", "face", "--at", "10:00", "--intensity", "3"])
        let again = await cli.run(["log", "episode", "face", "--at", "10:00", "--intensity", "7"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("remove episode face"))
        await cli.run(["supplement", "add", "G", "--elemental", "100"])
        await cli.run(["log", "supplement", "G", "--at", "09:00"])
        #expect(await cli.run(["log", "supplement", "G", "--servings", "2", "--at", "09:00"]).status == 65)
    }

    @Test("A time the clocks skipped is refused; --database works between a group and its command")
    func clocksAndDatabase() async throws {
        let cli = CLI()
        await cli.run(["profile", "--time-zone", "Europe/London"])
        let skipped = await cli.run(["log", "episode", "face", "--at", "2026-03-29 01:30"])
        #expect(skipped.status == 65)
        #expect(skipped.stderr.contains("clocks went forward"))
        let path = cli.folder.appendingPathComponent("elsewhere.sqlite").path
        #expect(await cli.run(["log", "--database", path, "day"], useDatabase: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("Water isn't coffee: a USDA drink must be named, not found in a preparation")
    func water() async throws {
        #expect(await CLI().run(["log", "day", "--drink", "water"]).status == 65)
    }

    @Test("A pregnant infant is refused; a young child's values ignore pregnancy")
    func youngPregnancy() async throws {
        let result = await CLI().run(["profile", "--birth", "2026-06-01", "--sex", "female", "--pregnancy", "pregnant"])
        #expect(result.status == 65)
    }
}
