import Foundation
import Testing
import TwitchlessTestSupport

@Suite("Medicines, timing and check", .timeLimit(.minutes(5)))
struct MedicineTests {
    @Test("A supplement taken inside a medicine's window raises a notice right away and in check, with its source")
    func timingNotice() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1970-01-01", "--sex", "female", "--time-zone", "Europe/London"])
        #expect(await cli.run(["medicine", "add", "Levothyroxine", "--schedule", "07:00"]).status == 0)
        await cli.run(["supplement", "add", "Gly", "--elemental", "100"])
        let inside = await cli.run(["log", "supplement", "Gly", "--at", "10:59"])
        #expect(
            inside.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
                "1 magnesium intake fell inside the gap around your Levothyroxine (07:00): Gly at 10:59"
            )
        )
        let outside = await cli.run(["log", "supplement", "Gly", "--at", "11:00"])
        #expect(!outside.stdout.contains("inside the gap"))
        let check = try await cli.json(["check"])
        let notices = try #require(check["notices"] as? [[String: Any]])
        #expect(notices.compactMap { $0["id"] as? String } == ["levothyroxine"])
        #expect((notices.first?["source"] as? String)?.contains("levothyroxine") == true)
    }

    @Test("The schedule proposes the free times, and refuses with kidney disease")
    func schedule() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1970-01-01", "--time-zone", "UTC"])
        await cli.run(["medicine", "add", "levothyroxine", "--schedule", "07:00"])
        let plan = try await cli.json(["magnesium", "schedule"])
        #expect((plan["free"] as? [[String: String]])?.first == ["from": "11:00", "to": "23:00"])
        #expect(plan["suggestion"] as? String == "17:00")
        await cli.run(["profile", "--kidney", "yes"])
        let refused = try await cli.json(["magnesium", "schedule"])
        #expect((refused["refused"] as? [String: Any])?["id"] is String)
        #expect((refused["free"] as? [Any])?.isEmpty == true)
    }

    @Test("A brand name gets its generic's notices: Synthroid next to magnesium raises the levothyroxine timing notice")
    func brandName() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1970-01-01", "--time-zone", "Europe/London"])
        let add = await cli.run(["medicine", "add", "Synthroid", "--schedule", "07:00"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("Synthroid is a brand of levothyroxine"), "\(add.stdout)")
        #expect(add.stdout.contains("4 hours"))
        await cli.run(["supplement", "add", "Mag", "--elemental", "100"])
        for time in ["08:00", "09:00"] { await cli.run(["log", "supplement", "Mag", "--at", time]) }
        let check = try await cli.json(["check"])
        let notices = try #require(check["notices"] as? [[String: Any]])
        let timing = notices.filter { $0["id"] as? String == "levothyroxine" && $0["severity"] as? String == "warning" }
        // One notice for the day, counting both intakes.
        #expect(timing.count == 1, "\(notices)")
        #expect((timing.first?["message"] as? String)?.contains("2 magnesium intakes") == true)
    }

    @Test("Unknown medicines are kept and said to be unknown; risedronate asks which product; bad schedules are refused")
    func matching() async throws {
        let cli = CLI()
        let unknown = await cli.run(["medicine", "add", "paracetamol", "--schedule", "08:00"])
        #expect(unknown.status == 0)
        let said = unknown.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(said.contains("doesn't recognise \"paracetamol\""), "\(said)")
        #expect(said.contains("not an all-clear"))
        #expect(!said.lowercased().contains("no interaction"))
        // It stays on the notices while it is taken, said to be unknown.
        #expect(await cli.run(["check"]).stdout.contains("paracetamol"))
        let ask = await cli.run(["medicine", "add", "risedronate", "--schedule", "weekly sunday 07:00"])
        #expect(ask.status == 65)
        #expect(ask.stderr.contains("--product risedronate_"))
        #expect(
            await cli.run(["medicine", "add", "risedronate", "--schedule", "weekly sunday 07:00", "--product", "risedronate_dr_label"]).status == 0
        )
        let bad = await cli.run(["medicine", "add", "levothyroxine", "--schedule", "25:00"])
        #expect(bad.status == 65)
        let backwards = await cli.run(["medicine", "add", "doxycycline", "--schedule", "08:00", "--start", "2026-11-20", "--end", "2026-11-10"])
        #expect(backwards.status == 65)
        let list = try await cli.json(["medicine", "list"])
        #expect((list["medicines"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["paracetamol", "risedronate"])
        #expect(await cli.run(["medicine", "remove", "paracetamol"]).status == 0)
        #expect(await cli.run(["medicine", "remove", "paracetamol"]).status == 66)
    }

    @Test("A long-term acid reducer gives its monitor advice; a recent one doesn't")
    func monitor() async throws {
        let cli = CLI()
        await cli.run(["medicine", "add", "omeprazole", "--schedule", "08:00", "--start", "2024-01-01"])
        let ids = (try await cli.json(["check"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids?.contains("ppi") == true)
        let recent = CLI()
        await recent.run(["medicine", "add", "omeprazole", "--schedule", "08:00", "--start", "2026-10-01"])
        let none = (try await recent.json(["check"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(none?.contains("ppi") == false)
    }
}

@Suite("The report command", .timeLimit(.minutes(5)))
struct ReportCommandTests {
    @Test("Writes one HTML file; refuses a range that ends before it starts, and a missing folder")
    func report() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "male"])
        await cli.run(["log", "episode", "calf_left", "--at", "09:00", "--note", "<script>alert(1)</script>"])
        let path = cli.folder.appendingPathComponent("report.html").path
        let written = await cli.run(["report", "--from", "2026-11-01", "--to", "2026-11-24", "--output", path])
        #expect(written.status == 0, "\(written.stderr)")
        let html = try cli.read(path)
        #expect(html.contains("report for 2026-11-01 to 2026-11-24"))
        #expect(!html.contains("<script>"))
        let backwards = await cli.run(["report", "--from", "2026-11-20", "--to", "2026-11-10", "--output", path])
        #expect(backwards.status == 65)
        #expect(backwards.stderr.contains("before it starts"))
        let missing = await cli.run(["report", "--output", cli.folder.appendingPathComponent("no/such/report.html").path])
        #expect(missing.status == 69)
        #expect(try cli.read(path) == html)
    }
}

@Suite("The guide", .timeLimit(.minutes(5)))
struct GuideTests {
    static let topics = ["magnesium", "forms", "triggers", "sleep", "stress", "hydration", "caffeine", "alcohol", "evidence", "doctor"]

    @Test("Every topic has points, and every point names its source", arguments: topics)
    func topic(id: String) async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        let topic = try await cli.json(["guide", id])
        let points = try #require(topic["points"] as? [[String: String]])
        #expect(!points.isEmpty)
        #expect(points.allSatisfy { !($0["text"] ?? "").isEmpty && !($0["source"] ?? "").isEmpty })
    }

    @Test("An unknown topic lists the real ones (65)")
    func unknown() async throws {
        let result = await CLI().run(["guide", "astrology"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("magnesium, forms"))
    }
}

@Suite("Trigger analysis from the command line", .timeLimit(.minutes(5)))
struct AnalyzeTriggersCLITests {
    @Test("Too little data gives not_enough_data with what is missing; the documented JSON fields are there")
    func notEnough() async throws {
        let cli = CLI()
        await cli.run(["log", "day", "--date", "2026-11-20", "--sleep", "7"])
        await cli.run(["log", "episode", "face", "--at", "2026-11-20 09:00"])
        let result = try await cli.json(["analyze", "triggers"])
        #expect(result["status"] as? String == "not_enough_data")
        #expect((result["reason"] as? String)?.contains("more tracked days") == true)
        for key in ["days_used", "factors_used", "factors_excluded", "poisson", "negative_binomial"] {
            #expect(result.keys.contains(key), "missing \(key)")
        }
        let text = await cli.run(["analyze", "triggers"]).stdout
        #expect(text.hasPrefix("Not enough data yet."))
    }

    @Test("A year of imported days gives rate ratios per factor under both models")
    func imported() async throws {
        let cli = CLI()
        var days = "date,sleep_hours,stress\n"
        var episodes = "started_at,site,kind\n"
        let start = 20_000  // days since 1970: 2024-10-04
        for offset in 0..<200 {
            let date = Date(timeIntervalSince1970: Double(start + offset) * 86_400)
            let iso = ISO8601DateFormatter().string(from: date).prefix(10)
            let sleep = 5 + Double(offset % 5)
            days += "\(iso),\(sleep),\(offset % 7)\n"
            for hour in 0..<max(0, 9 - Int(sleep)) { episodes += "\(iso)T\(10 + hour):00:00Z,face,twitch\n" }
        }
        await cli.run(["import", "csv", try cli.write("days.csv", days), try cli.write("episodes.csv", episodes)])
        let result = try await cli.json(["analyze", "triggers"])
        #expect(result["status"] as? String == "ok", "\(result)")
        let poisson = try #require(result["poisson"] as? [String: Any])
        let factors = try #require(poisson["factors"] as? [String: [String: Any]])
        #expect((factors["sleep_hours"]?["rate_ratio"] as? Double).map { $0 < 1 } == true)
        #expect(result["factors_used"] as? [String] == ["sleep_hours", "stress"])
        let path = cli.folder.appendingPathComponent("report.html").path
        await cli.run(["report", "--output", path])
        #expect(try cli.read(path).contains("Rate ratios by day factor"))
    }
}
