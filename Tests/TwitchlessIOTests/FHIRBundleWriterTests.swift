import Foundation
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessIO

@Suite("FHIR bundle writer")
struct FHIRBundleWriterTests {
    func resources(_ text: String) throws -> [[String: Any]] {
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try #require(bundle["entry"] as? [[String: Any]])
        return entries.compactMap { $0["resource"] as? [String: Any] }
    }

    @Test("The same data and clock give the same bytes; ids don't depend on the clock")
    func deterministic() throws {
        let writer = try ExportFixtures.fhirWriter()
        let first = writer.write(try ExportFixtures.export())
        #expect(first == writer.write(try ExportFixtures.export()))
        let later = writer.write(try ExportFixtures.export(now: "2026-12-01T09:00:00Z"))
        #expect(first != later)
        #expect(try resources(first).map { $0["id"] as? String } == resources(later).map { $0["id"] as? String })
        #expect(first.contains("\"timestamp\": \"2026-11-24T20:30:00Z\""))
    }

    @Test("Every resource of the bundle parses with the fhir.resources R4B models")
    func validatesAsR4B() throws {
        try ExportFixtures.requireChecker(["fhir.resources.R4B"])
        let path = try ExportFixtures.temporaryFile(try ExportFixtures.fhirWriter().write(try ExportFixtures.export()), suffix: ".json")
        let result = try PythonChecker.json(script: "fhir_validate.py", arguments: [path])
        #expect(result["valid"] as? Bool == true, "\(result["errors"] ?? "")")
        #expect(result["ids_match_full_urls"] as? Bool == true)
        let counts = try #require(result["counts"] as? [String: Int])
        // 1 person; 2 episodes + 5 factor observations of the day (checked in, sleep, stress, exercise, long use) + 1 trial; 2 statements; 1 flag.
        #expect(counts == ["Patient": 1, "Observation": 8, "MedicationStatement": 2, "Flag": 1])
    }

    @Test("The validator rejects a broken resource: a missing status, a date in the wrong form")
    func validatorRejects() throws {
        try ExportFixtures.requireChecker(["fhir.resources.R4B"])
        let text = try ExportFixtures.fhirWriter().write(try ExportFixtures.export())
        for (find, replace) in [("\"status\": \"final\",", ""), ("\"effectiveDateTime\": \"2026-11-23\"", "\"effectiveDateTime\": \"23/11/2026\"")] {
            let broken = text.replacingOccurrences(of: find, with: replace)
            #expect(broken != text)
            let result = try PythonChecker.json(script: "fhir_validate.py", arguments: [try ExportFixtures.temporaryFile(broken, suffix: ".json")])
            #expect(result["valid"] as? Bool == false, "\(find) was not caught")
        }
    }

    @Test("Episodes keep their offset, body site and components; pain is LOINC 72514-3")
    func episodes() throws {
        let all = try resources(try ExportFixtures.fhirWriter().write(try ExportFixtures.export()))
        let twitch = try #require(all.first { ($0["effectiveDateTime"] as? String) == "2026-11-23T18:40:00-05:00" })
        #expect(((twitch["bodySite"] as? [String: Any])?["text"] as? String) == "left eyelid")
        let components = try #require(twitch["component"] as? [[String: Any]])
        let codes = components.compactMap { (($0["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String }
        #expect(codes == ["episode-intensity", "episode-duration", "72514-3"])
        let duration = try #require(components[1]["valueQuantity"] as? [String: Any])
        #expect(duration["value"] as? Int == 20 && duration["code"] as? String == "s" && duration["system"] as? String == "http://unitsofmeasure.org")
        #expect(((twitch["note"] as? [[String: Any]])?.first?["text"] as? String) == "after a long day, \"tired\"")
    }

    @Test("Sleep and exercise use their LOINC codes with UCUM units; other factors the Twitchless system")
    func factors() throws {
        let all = try resources(try ExportFixtures.fhirWriter().write(try ExportFixtures.export()))
        func observation(code: String) -> [String: Any]? {
            all.first { (($0["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String == code }
        }
        let sleep = try #require(observation(code: "93832-4"))
        #expect((sleep["valueQuantity"] as? [String: Any])?["value"] as? Double == 6.5)
        #expect((sleep["valueQuantity"] as? [String: Any])?["code"] as? String == "h")
        #expect(((sleep["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["system"] as? String == "http://loinc.org")
        #expect((observation(code: "55411-3")?["valueQuantity"] as? [String: Any])?["code"] as? String == "min")
        #expect(observation(code: "prolonged-muscle-use")?["valueBoolean"] as? Bool == true)
        #expect(observation(code: "checked-in")?["effectiveDateTime"] as? String == "2026-11-23")
    }

    @Test("The person is minimal and nothing says diagnosis except that it isn't one")
    func minimalAndNoDiagnosis() throws {
        let text = try ExportFixtures.fhirWriter().write(try ExportFixtures.export())
        let patient = try #require(try resources(text).first)
        #expect(Set(patient.keys) == ["resourceType", "id", "birthDate", "gender"])
        #expect(patient["birthDate"] as? String == "1988")
        #expect(!text.contains("\"Condition\"") && !text.contains("diagnosis\""))
        let mentions = text.lowercased().components(separatedBy: "diagnos").count - 1
        let denials = text.lowercased().components(separatedBy: "not a diagnosis").count - 1
        #expect(mentions == denials && denials == 2)
    }

    @Test("Supplements and medicines become MedicationStatements with dose and timing; flags keep the plain text")
    func statementsAndFlags() throws {
        let all = try resources(try ExportFixtures.fhirWriter().write(try ExportFixtures.export()))
        let statements = all.filter { $0["resourceType"] as? String == "MedicationStatement" }
        let supplement = try #require(
            statements.first { (($0["medicationCodeableConcept"] as? [String: Any])?["text"] as? String)?.hasPrefix("Magnesium glycinate") == true }
        )
        let dosage = try #require((supplement["dosage"] as? [[String: Any]])?.first)
        #expect(((dosage["timing"] as? [String: Any])?["event"] as? [String]) == ["2026-11-22T21:00:00-05:00", "2026-11-23T21:00:00-05:00"])
        #expect((((dosage["doseAndRate"] as? [[String: Any]])?.first?["doseQuantity"]) as? [String: Any])?["value"] as? Int == 200)
        let medicine = try #require(statements.first { ($0["medicationCodeableConcept"] as? [String: Any])?["text"] as? String == "levothyroxine" })
        let timing = (((medicine["dosage"] as? [[String: Any]])?.first?["timing"]) as? [String: Any])?["repeat"] as? [String: Any]
        #expect(timing?["timeOfDay"] as? [String] == ["07:00:00"] && timing?["periodUnit"] as? String == "d")
        let flag = try #require(all.first { $0["resourceType"] as? String == "Flag" })
        let code = try #require(flag["code"] as? [String: Any])
        #expect((code["text"] as? String)?.hasPrefix("Most twitches settle by themselves.") == true)
        #expect((code["text"] as? String)?.contains("from 1 November to 20 November 2026") == true)
        #expect((code["coding"] as? [[String: Any]])?.first?["code"] as? String == "RF01_twitch_2wk")
    }

    @Test("JSON text: sorted keys, escapes, shortest numbers")
    func jsonText() {
        let value: JSONValue = ["b": .number(0.1), "a": ["x\"\n\u{1}", .integer(3), .number(7.5), .number(200)], "c": [:]]
        #expect(value.text == "{\n  \"a\": [\n    \"x\\\"\\n\\u0001\",\n    3,\n    7.5,\n    200\n  ],\n  \"b\": 0.1,\n  \"c\": {}\n}\n")
    }
}
