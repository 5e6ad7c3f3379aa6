import Foundation
import Testing
import TwitchlessTestSupport

@Suite("CSV import and export", .timeLimit(.minutes(5)))
struct CSVTests {
    let days = """
        date,sleep_hours,stress,caffeine_mg,alcohol_drinks,water_liters,exercise_minutes,processed_meals,magnesium_mg
        2026-11-18,7.5,3,200,1,1.5,30,0,250
        2026-11-19,6,,95,,,,2,
        2026-11-20,,,,,,,,

        """
    let episodes = """
        started_at,site,kind,intensity,duration_seconds,pain,note
        2026-11-18T21:15:00+01:00,eyelid_left,twitch,3,20,0,"tired, long day"
        2026-11-19T07:00:00-05:00,calf_right,cramp,7,180,5,
        2026-11-19T23:30:00-05:00,face,spasm,,,,

        """

    @Test("Import, export, import into an empty database, export: identical files")
    func roundTrip() async throws {
        let first = CLI()
        let imported = await first.run(["import", "csv", try first.write("days.csv", days), try first.write("episodes.csv", episodes)])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 new days"))
        #expect(imported.stdout.contains("3 new episodes"))
        let outA = first.folder.appendingPathComponent("a").path
        #expect(await first.run(["export", "csv", "--output", outA]).status == 0)

        let second = CLI()
        #expect(await second.run(["import", "csv", outA + "/days.csv", outA + "/episodes.csv"]).status == 0)
        let outB = second.folder.appendingPathComponent("b").path
        await second.run(["export", "csv", "--output", outB])
        for file in ["days.csv", "episodes.csv"] {
            #expect(try first.read(outA + "/" + file) == second.read(outB + "/" + file), "\(file) differs")
        }
        // The 23:30 -05:00 episode belongs to 19 November as written, though it is 20 November in UTC.
        let day = try await first.json(["day", "2026-11-19"])
        #expect(day["episodes"] as? Int == 2)
        #expect(try first.read(outA + "/episodes.csv").contains("2026-11-19T23:30:00-05:00,face,spasm"))
        #expect(try first.read(outA + "/days.csv").contains("2026-11-18,7.5,3,200,1,1.5,30,0,250,"))
    }

    @Test("Importing the same files twice adds nothing")
    func idempotent() async throws {
        let cli = CLI()
        let files = [try cli.write("days.csv", days), try cli.write("episodes.csv", episodes)]
        await cli.run(["import", "csv"] + files)
        let again = await cli.run(["import", "csv"] + files)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 new days, 0 updated days, 3 already in your log"))
        #expect(again.stdout.contains("0 new episodes, 0 updated episodes, 3 already in your log"))
        let history = try await cli.json(["history", "--days", "10"])
        let total = (history["days"] as? [[String: Any]])?.reduce(0) { $0 + (($1["episodes"] as? Int) ?? 0) }
        #expect(total == 3)
    }

    @Test("A conflicting row stops the whole import (65) unless --update is given")
    func conflicts() async throws {
        let cli = CLI()
        await cli.run(["import", "csv", try cli.write("days.csv", days)])
        let changed =
            days.replacingOccurrences(of: "2026-11-19,6,", with: "2026-11-19,5.5,")
            + "2026-11-21,8,,,,,,,\n"
        let path = try cli.write("changed.csv", changed)
        let refused = await cli.run(["import", "csv", path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("changed.csv line 3"))
        #expect(refused.stderr.contains("sleep_hours 6 → 5.5"))
        #expect(refused.stderr.contains("--update"))
        #expect(try await cli.json(["day", "2026-11-21"])["tracked"] as? Bool == false)
        let updated = await cli.run(["import", "csv", path, "--update"])
        #expect(updated.status == 0)
        #expect(updated.stdout.contains("1 new day, 1 updated day, 2 already in your log"))
        let factors = try await cli.json(["day", "2026-11-19"])["factors"] as? [String: Any]
        #expect(factors?["sleep_hours"] as? Double == 5.5)
    }

    @Test("A malformed file names every bad line and column and imports nothing")
    func malformed() async throws {
        let cli = CLI()
        let bad = """
            date,sleep_hours,stress
            2026-11-18,7,3
            2026-11-19,seven,3
            2026-11-40,7,3
            2026-11-20,7,14

            """
        let result = await cli.run(["import", "csv", try cli.write("days.csv", bad), try cli.write("episodes.csv", episodes)])
        #expect(result.status == 65)
        for place in ["days.csv line 3, column sleep_hours", "days.csv line 4, column date", "days.csv line 5, column stress"] {
            #expect(result.stderr.contains(place), "missing \(place) in \(result.stderr)")
        }
        #expect(result.stderr.contains("Nothing was imported"))
        let history = try await cli.json(["history", "--days", "10"])
        #expect((history["days"] as? [[String: Any]])?.allSatisfy { $0["tracked"] as? Bool == false && $0["episodes"] is NSNull } == true)
    }

    @Test("A broken quote and an unknown file are reported without importing")
    func brokenFiles() async throws {
        let cli = CLI()
        let quote = await cli.run([
            "import", "csv", try cli.write("e.csv", "started_at,site,kind,note\n2026-11-18T10:00:00Z,face,twitch,\"never closed\n"),
        ])
        #expect(quote.status == 65)
        #expect(quote.stderr.contains("line 2"))
        let unknown = await cli.run(["import", "csv", try cli.write("x.csv", "a,b\n1,2\n")])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("not a days.csv or episodes.csv"))
        let missing = await cli.run(["import", "csv", cli.folder.appendingPathComponent("nope.csv").path])
        #expect(missing.status == 66)
    }

    @Test("Exported magnesium_mg counts supplements logged with products")
    func magnesiumColumn() async throws {
        let cli = CLI()
        await cli.run(["log", "day", "--date", "2026-11-23"])
        await cli.run(["supplement", "add", "Gly", "--elemental", "120"])
        await cli.run(["log", "supplement", "Gly", "--at", "yesterday 09:00"])
        let out = cli.folder.appendingPathComponent("out").path
        await cli.run(["export", "csv", "--output", out])
        #expect(try cli.read(out + "/days.csv").contains("2026-11-23,,,,,,,,120,"))
        // Re-importing that export changes nothing.
        let again = await cli.run(["import", "csv", out + "/days.csv"])
        #expect(again.stdout.contains("1 already in your log"), "\(again.stdout)\(again.stderr)")
    }
}
