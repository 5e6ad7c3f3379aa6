import Foundation
import Testing
import TwitchlessTestSupport

@Suite("export fhir and export ics", .timeLimit(.minutes(5)))
struct ExportTests {
    /// A person in London with a day, an episode, a product, a medicine and a trial that has started.
    func setUp(now: String = "2026-11-24T20:30:00Z") async throws -> CLI {
        let cli = CLI(now: now)
        await cli.run(["profile", "--birth", "1988-04-02", "--sex", "female", "--time-zone", "Europe/London"])
        await cli.run(["log", "day", "--sleep", "6", "--stress", "7", "--date", "2026-11-23"])
        await cli.run(["log", "episode", "eyelid_left", "--intensity", "3", "--duration", "20s", "--at", "yesterday 18:40"])
        await cli.run(["supplement", "add", "Magnesium glycinate", "--elemental", "100", "--unit", "capsule"])
        await cli.run(["log", "supplement", "Magnesium glycinate", "--servings", "2", "--at", "19:00"])
        await cli.run(["medicine", "add", "levothyroxine", "--schedule", "07:00"])
        let trial = await cli.run(
            [
                "trial", "start", "--product", "Magnesium glycinate", "--blocks", "3", "--period-days", "6",
                "--washout-days", "2", "--seed", "7", "--start", "2026-11-20",
            ],
            environment: ["TWITCHLESS_NOW": "2026-11-19T12:00:00Z"]
        )
        #expect(trial.status == 0, "\(trial.stderr)")
        return cli
    }

    @Test("The FHIR export validates as R4B and is byte-identical when run again")
    func fhir() async throws {
        let cli = try await setUp()
        let path = cli.folder.appendingPathComponent("bundle.json").path
        let result = await cli.run(["export", "fhir", "--from", "2026-11-01", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote a FHIR bundle for 2026-11-01 to 2026-11-24"))
        let first = try cli.read(path)
        #expect(await cli.run(["export", "fhir", "--from", "2026-11-01"]).stdout == first)
        await cli.run(["export", "fhir", "--from", "2026-11-01", "--output", path])
        #expect(try cli.read(path) == first)
        #expect(first.contains("\"resourceType\": \"Flag\"") == false)
        #expect(first.contains("n-of-1-trial-result") && first.contains("\"status\": \"preliminary\""))
        try Prerequisite.require(PythonChecker.hasModules(["fhir.resources.R4B"]), "python3 with fhir.resources")
        let checked = try PythonChecker.json(script: "fhir_validate.py", arguments: [path])
        #expect(checked["valid"] as? Bool == true, "\(checked["errors"] ?? "")")
        let counts = try #require(checked["counts"] as? [String: Int])
        // Trial day logs: the trial start doesn't check days in, so the observations are the episode, the day's 3, the trial result.
        #expect(counts["Patient"] == 1 && counts["MedicationStatement"] == 2 && counts["Observation"] == 5)
    }

    @Test("A red flag from a logged symptom is exported as a Flag with its plain advice")
    func flag() async throws {
        let cli = try await setUp()
        #expect(await cli.run(["log", "symptom", "breathing_difficulty"]).status == 0)
        let text = await cli.run(["export", "fhir"]).stdout
        #expect(text.contains("\"resourceType\": \"Flag\""))
        #expect(text.contains("This is not a diagnosis."))
    }

    @Test(
        "Bad input is refused with a clear message",
        arguments: [
            (["export", "fhir", "--from", "2026-11-20", "--to", "2026-11-10"], 65, "before it starts"),
            (["export", "fhir", "--from", "31/02/2026"], 65, "We couldn't read the date"),
            (["export", "fhir", "--output", "/nonexistent-folder/x.json"], 69, "doesn't exist"),
            (["export", "ics", "--check-in-at", "25:00"], 65, "We couldn't read the time \"25:00\""),
            (["export", "ics", "--from", "2026-12-10", "--to", "2026-12-01"], 65, "before it starts"),
            (["export", "ics", "--to", "2028-12-01"], 65, "at most 400"),
            (["export", "ics", "--output", "/nonexistent-folder/x.ics"], 69, "doesn't exist"),
        ] as [([String], Int32, String)]
    )
    func badInput(arguments: [String], status: Int32, message: String) async throws {
        let cli = try await setUp()
        let result = await cli.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("The calendar needs a time zone in the profile")
    func needsTimeZone() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1988"])
        let result = await cli.run(["export", "ics"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("twitchless profile --time-zone"))
    }

    @Test("The calendar matches the schedule: magnesium times, trial arms, check-in; UIDs stay on re-export")
    func calendar() async throws {
        let cli = try await setUp()
        let path = cli.folder.appendingPathComponent("magnesium.ics").path
        let result = await cli.run(["export", "ics", "--check-in-at", "21:00", "--from", "2026-11-24", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        // Default range: from today to the end of the trial running then (3 blocks × 2 periods × 6 days from 2026-11-20).
        #expect(result.stdout.contains("for 2026-11-24 to 2026-12-25 (Europe/London)"))
        let text = try cli.read(path)
        let again = await cli.run(
            ["export", "ics", "--check-in-at", "21:00", "--from", "2026-11-24"],
            environment: ["TWITCHLESS_NOW": "2026-11-25T08:00:00Z"]
        ).stdout
        func uids(_ ics: String) -> [String] { ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(!uids(text).isEmpty)
        #expect(uids(text) == uids(again))
        func sequence(_ ics: String) -> Int? {
            ics.components(separatedBy: "\r\n").first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) }
        }
        #expect((sequence(again) ?? 0) > (sequence(text) ?? 0))

        try Prerequisite.require(PythonChecker.hasModules(["icalendar", "dateutil"]), "python3 with icalendar")
        let parsed = try PythonChecker.json(script: "ics_check.py", arguments: [path])
        let events = try #require(parsed["events"] as? [[String: Any]])
        let show = try await cli.json(["trial", "show"])
        let blocks = try #require(show["block_arms"] as? [[String]])
        // Each analysed period on the calendar starts after the washout and has the arm `trial show` stored.
        for (index, arms) in blocks.enumerated() {
            for (position, arm) in arms.enumerated() {
                let periodStart = ISODates.date(byAdding: 6 * (index * 2 + position), to: "2026-11-20")
                let analysed = events.first { ($0["summary"] as? String) == "Trial block \(index + 1) of 3: \(arm) period" }
                #expect(analysed?["start_local"] as? String == ISODates.date(byAdding: 2, to: periodStart), "block \(index + 1) \(arm)")
            }
        }
        // Magnesium events only on magnesium-arm days, at the time `magnesium schedule` suggests for that day.
        let doses = events.filter { ($0["summary"] as? String)?.hasPrefix("Magnesium:") == true }
        #expect(!doses.isEmpty)
        for dose in doses {
            let local = try #require(dose["start_local"] as? String)
            let date = String(local.prefix(10))
            let schedule = try await cli.json(["magnesium", "schedule", "--date", date])
            #expect(local.hasSuffix("T\(schedule["suggestion"] as? String ?? "?"):00"), "\(date)")
            let arm = try #require(armOn(date, blocks: blocks))
            #expect(arm == "magnesium", "\(date)")
        }
        let checkIn = try #require(events.first { ($0["summary"] as? String) == "Twitchless check-in" })
        #expect((checkIn["occurrences"] as? [[String: String]])?.count == 32)
    }

    func armOn(_ date: String, blocks: [[String]]) -> String? {
        let offset = ISODates.days(from: "2026-11-20", to: date)
        guard offset >= 0, offset < 36 else { return nil }
        return blocks[offset / 12][(offset % 12) / 6]
    }
}

/// Small ISO date arithmetic for the tests.
enum ISODates {
    static func day(_ text: String) -> Int {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return Int(calendar.date(from: components)!.timeIntervalSince1970 / 86_400)
    }

    static func days(from a: String, to b: String) -> Int { day(b) - day(a) }

    static func date(byAdding days: Int, to text: String) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval((day(text) + days) * 86_400))
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
