import Foundation
import Testing
import TwitchlessTestSupport

/// `twitchless import apple-health`, end to end, the way a person would use it.
@Suite("Apple Health import", .timeLimit(.minutes(5)))
struct AppleHealthImportTests {
    static func record(_ type: String, _ unit: String, _ start: String, _ value: String, source: String = "App") -> String {
        #" <Record type="HKQuantityTypeIdentifier\#(type)" sourceName="\#(source)" unit="\#(unit)" creationDate="\#(start)" startDate="\#(start)" endDate="\#(start)" value="\#(value)"/>"#
            + "\n"
    }

    static func sleep(_ start: String, _ end: String) -> String {
        #" <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="\#(start)" endDate="\#(end)" value="HKCategoryValueSleepAnalysisAsleepCore"/>"#
            + "\n"
    }

    static func export(_ records: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE HealthData [
        <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>
        ]>
        <HealthData locale="en_GB">
         <ExportDate value="2026-11-23 10:00:00 +0000"/>
         <Me/>

        """ + records.joined() + "</HealthData>\n"
    }

    /// The first export: two days.
    static let older = [
        sleep("2026-11-20 23:00:00 +0000", "2026-11-21 06:30:00 +0000"),
        record("DietaryCaffeine", "mg", "2026-11-21 08:00:00 +0000", "95"),
        record("DietaryWater", "mL", "2026-11-21 09:00:00 +0000", "750"),
        record("DietaryMagnesium", "mg", "2026-11-21 21:00:00 +0000", "150"),
        record("DietaryCaffeine", "mg", "2026-11-22 08:00:00 +0000", "60"),
    ]
    /// A newer export that contains the older one: another coffee on the 22nd and a third day.
    static let newer =
        older + [
            record("DietaryCaffeine", "mg", "2026-11-22 15:00:00 +0000", "40"),
            sleep("2026-11-22 22:30:00 +0000", "2026-11-23 07:00:00 +0000"),
            record("NumberOfAlcoholicBeverages", "count", "2026-11-23 19:00:00 +0000", "1"),
        ]

    func history(_ runner: CLI) async throws -> String {
        await runner.run(["history", "--days", "10", "--json"]).stdout
    }

    @Test("Importing the same export twice adds nothing")
    func idempotent() async throws {
        let runner = CLI()
        let file = try runner.write("export.xml", Self.export(Self.older))
        let first = try await runner.json(["import", "apple-health", file, "--magnesium-from", "supplement"])
        #expect((first["stored"] as? [String: Int])?["added"] == 5)
        let before = try await history(runner)
        let second = try await runner.json(["import", "apple-health", file])
        #expect(second["stored"] as? [String: Int] == ["added": 0, "changed": 0, "unchanged": 5, "removed": 0])
        #expect(try await history(runner) == before)
        let text = await runner.run(["import", "apple-health", file])
        #expect(text.stdout.contains("Nothing new"))
    }

    @Test("An export, then a newer one containing it, gives what the newer one alone gives")
    func newerContainsOlder() async throws {
        let stepwise = CLI()
        let oneGo = CLI()
        for runner in [stepwise, oneGo] {
            await runner.run(["import", "apple-health", "--magnesium-from", "food", try runner.write("empty.xml", Self.export([]))])
        }
        #expect(await stepwise.run(["import", "apple-health", try stepwise.write("old.xml", Self.export(Self.older))]).status == 0)
        #expect(await stepwise.run(["import", "apple-health", try stepwise.write("new.xml", Self.export(Self.newer))]).status == 0)
        #expect(await oneGo.run(["import", "apple-health", try oneGo.write("new.xml", Self.export(Self.newer))]).status == 0)
        #expect(try await history(stepwise) == history(oneGo))
        let day = try await stepwise.json(["day", "2026-11-22"])
        #expect((day["factors"] as? [String: Any])?["caffeine_mg"] as? Double == 100)
    }

    @Test("Imported days are not checked in, and the person's own values win")
    func ownValuesWin() async throws {
        let runner = CLI()
        #expect(await runner.run(["log", "day", "--date", "2026-11-21", "--sleep", "8"]).status == 0)
        #expect(
            await runner.run(["import", "apple-health", try runner.write("e.xml", Self.export(Self.older)), "--magnesium-from", "supplement"]).status
                == 0
        )
        let own = try await runner.json(["day", "2026-11-21"])
        let factors = try #require(own["factors"] as? [String: Any])
        #expect(factors["sleep_hours"] as? Double == 8)
        #expect(factors["caffeine_mg"] as? Double == 95)
        #expect(factors["water_liters"] as? Double == 0.75)
        #expect(own["tracked"] as? Bool == true)
        #expect(own["imported_factors"] as? [String] == ["caffeine_mg", "water_liters"])
        #expect((own["magnesium"] as? [String: Any])?["supplement_mg"] as? Double == 150)
        // A clinician's export says which values Apple Health recorded.
        let bundle = await runner.run(["export", "fhir", "--from", "2026-11-21", "--to", "2026-11-21"])
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(bundle.stdout.utf8)) as? [String: Any])?["entry"] as? [[String: Any]])
        let observations = entries.compactMap { $0["resource"] as? [String: Any] }.filter { $0["resourceType"] as? String == "Observation" }
        let caffeine = try #require(
            observations.first { (($0["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String == "caffeine-intake" }
        )
        #expect((caffeine["device"] as? [String: Any])?["display"] as? String == "Apple Health")
        #expect(caffeine["performer"] == nil)
        let sleep = try #require(
            observations.first { (($0["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String == "93832-4" }
        )
        #expect(sleep["device"] == nil)
        #expect(sleep["performer"] != nil)
        let importedOnly = try await runner.json(["day", "2026-11-22"])
        #expect(importedOnly["tracked"] as? Bool == false)
        // Editing the day keeps the imported values out of the person's own log.
        #expect(await runner.run(["log", "day", "--date", "2026-11-22", "--stress", "3"]).status == 0)
        let exported = runner.folder.appendingPathComponent("csv").path
        #expect(await runner.run(["export", "csv", "--output", exported]).status == 0)
        let days = try runner.read(exported + "/days.csv")
        #expect(days.contains("2026-11-22,,3,,"))
        #expect(!days.contains("95"))
    }

    @Test("Magnesium waits for an answer, then the answer is remembered")
    func magnesiumAskedOnce() async throws {
        let runner = CLI()
        let file = try runner.write("e.xml", Self.export(Self.older))
        let unanswered = try await runner.json(["import", "apple-health", file])
        #expect(unanswered["magnesium_skipped"] as? Bool == true)
        #expect(await runner.run(["import", "apple-health", file]).stdout.contains("--magnesium-from food"))
        #expect((try await runner.json(["day", "2026-11-21"])["magnesium"] as? [String: Any])?["food_mg"] as? Double == 0)
        let answered = try await runner.json(["import", "apple-health", file, "--magnesium-from", "food"])
        #expect(answered["magnesium_origin"] as? String == "food")
        #expect((answered["stored"] as? [String: Int])?["added"] == 1)
        #expect((try await runner.json(["day", "2026-11-21"])["magnesium"] as? [String: Any])?["food_mg"] as? Double == 150)
        let remembered = try await runner.json(["import", "apple-health", file])
        #expect(remembered["magnesium_origin"] as? String == "food")
        #expect(remembered["magnesium_skipped"] as? Bool == false)
        #expect(await runner.run(["import", "apple-health", file, "--magnesium-from", "pills"]).status == 64)
    }

    @Test("Changing the magnesium answer moves the magnesium; it is never counted as both")
    func magnesiumAnswerChanged() async throws {
        let runner = CLI()
        let file = try runner.write("e.xml", Self.export(Self.older))
        #expect(await runner.run(["import", "apple-health", file, "--magnesium-from", "supplement"]).status == 0)
        let switched = try await runner.json(["import", "apple-health", file, "--magnesium-from", "food"])
        #expect(switched["stored"] as? [String: Int] == ["added": 1, "changed": 0, "unchanged": 4, "removed": 1])
        let magnesium = try #require(try await runner.json(["day", "2026-11-21"])["magnesium"] as? [String: Any])
        #expect(magnesium["food_mg"] as? Double == 150)
        #expect(magnesium["supplement_mg"] as? Double == 0)
    }

    @Test("A unit Twitchless can't convert stops the import, unless the person chooses to leave those records out")
    func unknownUnit() async throws {
        let runner = CLI()
        let file = try runner.write("e.xml", Self.export(Self.older + [Self.record("DietaryCaffeine", "kcal", "2026-11-22 09:00:00 +0000", "5")]))
        let refused = await runner.run(["import", "apple-health", file, "--magnesium-from", "food"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("1 caffeine record in \"kcal\""))
        #expect(refused.stderr.contains("--skip-unknown-units"))
        #expect((try await runner.json(["day", "2026-11-21"])["factors"] as? [String: Any])?["caffeine_mg"] is NSNull)
        let accepted = try await runner.json(["import", "apple-health", file, "--skip-unknown-units"])
        #expect(accepted["unknown_units"] as? [String: Int] == ["caffeine kcal": 1])
        #expect((try await runner.json(["day", "2026-11-22"])["factors"] as? [String: Any])?["caffeine_mg"] as? Double == 60)
    }

    @Test("Bad files stop with a plain message, and nothing stored changes")
    func badFiles() async throws {
        let runner = CLI()
        #expect(
            await runner.run(["import", "apple-health", try runner.write("good.xml", Self.export(Self.older)), "--magnesium-from", "food"]).status
                == 0
        )
        let before = try await history(runner)
        let full = Self.export(Self.newer)
        let cut = String(full.prefix(full.count * 2 / 3))
        let zipWithoutExport = try runner.write("notes.zip", "")
        try makeZip(at: zipWithoutExport, entries: ["notes/readme.txt": "hello", "apple_health_export/export_cda.xml": "<ClinicalDocument/>"])
        let goodZip = runner.folder.appendingPathComponent("good.zip").path
        try makeZip(at: goodZip, entries: ["apple_health_export/export.xml": full])
        let zipData = try Data(contentsOf: URL(fileURLWithPath: goodZip))
        let truncatedZip = try runner.write("truncated.zip", "")
        try zipData.prefix(zipData.count / 2).write(to: URL(fileURLWithPath: truncatedZip))
        let cases: [(path: String, message: String, status: Int32)] = [
            (try runner.write("empty.xml", ""), "is empty", 65),
            (try runner.write("notes.txt", "shopping: milk, eggs"), "not an Apple Health export", 65),
            (try runner.write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>"), "not an Apple Health export", 65),
            (try runner.write("cut.xml", cut), "ends early", 65),
            (zipWithoutExport, "has no Apple Health export in it", 65),
            (truncatedZip, "could not be opened as a zip file", 65),
            (runner.folder.path, "not a file", 65),
            (runner.folder.appendingPathComponent("missing.zip").path, "was not found", 66),
        ]
        for (path, message, status) in cases {
            let result = await runner.run(["import", "apple-health", path])
            #expect(result.status == status, "\(path): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(path): \(result.stderr)")
            #expect(result.stderr.contains("Nothing was imported") || result.stderr.contains("import the"), "\(path)")
        }
        #expect(try await history(runner) == before)
    }

    @Test("A streamed ZIP64 zip with data descriptors, like the iPhone's, reads like its XML")
    func zip64() async throws {
        let runner = CLI()
        let xml = try runner.write("export.xml", Self.export(Self.newer))
        let zip = runner.folder.appendingPathComponent("export.zip").path
        try makeZip(at: zip, entries: ["apple_health_export/export.xml": Self.export(Self.newer)], streamed: true)
        let fromZip = try await runner.json(["import", "apple-health", zip, "--magnesium-from", "food"])
        #expect(fromZip["entry"] as? String == "apple_health_export/export.xml")
        let fromXML = try await runner.json(["import", "apple-health", xml])
        #expect((fromXML["stored"] as? [String: Int])?["added"] == 0)
        #expect(fromXML["bytes"] as? Int == fromZip["bytes"] as? Int)
    }

    /// Writes a zip with Python's zipfile; `streamed` writes to a pipe with ZIP64 forced, so every entry has a
    /// data descriptor and ZIP64 extra fields, as the iPhone's own zip does.
    func makeZip(at path: String, entries: [String: String], streamed: Bool = false) throws {
        let script = """
            import json, sys, zipfile
            entries = json.loads(sys.argv[2])
            if sys.argv[3] == "1":
                with open(sys.argv[1], "wb") as raw:
                    class Pipe:
                        def __init__(self, f): self.f = f
                        def write(self, b): return self.f.write(b)
                        def flush(self): self.f.flush()
                    with zipfile.ZipFile(Pipe(raw), "w", zipfile.ZIP_DEFLATED) as z:
                        for name, text in entries.items():
                            with z.open(name, "w", force_zip64=True) as f: f.write(text.encode())
            else:
                with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                    for name, text in entries.items(): z.writestr(name, text)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: entries), as: UTF8.self)
        process.arguments = ["python3", "-c", script, path, json, streamed ? "1" : "0"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
