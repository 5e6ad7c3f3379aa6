import Foundation
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessIO

/// Real exports from iOS 8 to 18, read from `../shared/fixtures/apple-health/` (never copied into the repository).
@Suite("Real Apple Health exports")
struct AppleHealthFixtureTests {
    static var folder: URL? { PackagePaths.shared?.appendingPathComponent("fixtures/apple-health") }
    static let wholeExports = [
        "alxdrcirilo-apple-health-parser_export.xml", "dogsheep-healthkit-to-sqlite_export.xml",
        "ericwolter-apple-healthkit-csv_Exportieren.xml", "ericwolter-apple-healthkit-csv_export.xml",
        "grll-apple-health-landing-zone_export.xml", "josejamilena-HealthKitExportParser_export.xml",
        "kairess-heart-rate-note_export_sample.xml", "rgosdin-docs_export.xml", "tdda-applehealthdata_export6s3sample.xml",
        "alxdrcirilo-apple-health-parser_export.zip", "rgosdin-docs_export.zip",
    ]
    let clock = try! ZonedClock(identifier: "Europe/London")
    /// 2026-11-24T12:00:00Z
    let now: Int64 = 1_795_953_600

    func path(_ name: String) throws -> String {
        try Prerequisite.require(Self.folder != nil, "../shared/fixtures/apple-health")
        return try #require(Self.folder).appendingPathComponent(name).path
    }

    @Test("Every real export reads to the end without an error", arguments: wholeExports)
    func readsWhole(name: String) throws {
        let path = try path(name)
        let reading = try AppleHealthImport.read(path: path, clock: clock, now: now)
        #expect(reading.bytes > 0)
        let records = reading.tallies.values.reduce(0) { $0 + $1.records } + reading.otherRecords + reading.notAsleepRecords
        #expect(records > 0)
    }

    @Test(
        "Sleep per night matches an independent reference",
        arguments: [
            "josejamilena-HealthKitExportParser_export.xml", "ericwolter-apple-healthkit-csv_export.xml",
            "ericwolter-apple-healthkit-csv_Exportieren.xml", "rgosdin-docs_export.xml", "alxdrcirilo-apple-health-parser_export.xml",
        ]
    )
    func sleepMatchesReference(name: String) throws {
        let path = try path(name)
        let reading = try AppleHealthImport.read(path: path, clock: clock, now: now)
        let reference = try PythonChecker.json(script: "apple_health_sleep.py", arguments: [path, "Europe/London"])
        let nights = try #require(reference["nights"] as? [String: Double])
        var ours: [String: Double] = [:]
        for (date, values) in reading.days { if let sleep = values[.sleep] { ours[date.description] = sleep } }
        #expect(ours.count == nights.count)
        for (date, hours) in nights {
            #expect(abs((ours[date] ?? -1) - hours) < 0.0011, "night of \(date)")
        }
    }

    @Test(
        "The iPhone's zip (data descriptors) and a Mac's re-zip (__MACOSX, .DS_Store) read like the XML inside",
        arguments: [
            ("rgosdin-docs_export.zip", "rgosdin-docs_export.xml"),
            ("alxdrcirilo-apple-health-parser_export.zip", "alxdrcirilo-apple-health-parser_export.xml"),
        ]
    )
    func zipEqualsXML(zip: String, xml: String) throws {
        let zipPath = try path(zip)
        let xmlPath = try path(xml)
        let fromZip = try AppleHealthImport.read(path: zipPath, clock: clock, now: now)
        let fromXML = try AppleHealthImport.read(path: xmlPath, clock: clock, now: now)
        #expect(fromZip.entryName == "apple_health_export/export.xml")
        #expect(fromZip.days == fromXML.days)
        #expect(fromZip.tallies == fromXML.tallies)
        #expect(fromZip.otherRecords == fromXML.otherRecords)
        #expect(fromZip.bytes == fromXML.bytes)
    }

    @Test("Counts in real exports: the 2030 record left out, a mindful session without a value used, workouts timed")
    func knownCounts() throws {
        let rgosdin = try path("rgosdin-docs_export.xml")
        let grll = try path("grll-apple-health-landing-zone_export.xml")
        let jose = try path("josejamilena-HealthKitExportParser_export.xml")
        let first = try AppleHealthImport.read(path: rgosdin, clock: clock, now: now)
        #expect(first.tallies[.mindful]?.used == 1)
        // 03:46 to 06:46: 180 minutes of relaxation on 16 June 2019.
        #expect(first.days[LocalDate(year: 2019, month: 6, day: 16)!]?[.mindful] == 180)
        #expect(first.notAsleepRecords == 3)
        let second = try AppleHealthImport.read(path: grll, clock: clock, now: now)
        // The blood-pressure correlation's two nested records are not types Twitchless uses, so nothing is counted.
        #expect(second.tallies[.workout]?.used == 2)
        #expect(second.days[LocalDate(year: 2025, month: 5, day: 28)!]?[.mindful] == 5)
        let third = try AppleHealthImport.read(path: jose, clock: clock, now: now)
        #expect(third.tallies[.sleep]?.used == 27)
        #expect(third.otherRecords == 3_796)
    }

    @Test(
        "Fragments without a <HealthData> root are refused, not half-read",
        arguments: [
            "NicolasReyrolle-apple-health-analyzer_record_heart_rate.fragment.xml",
            "NicolasReyrolle-apple-health-analyzer_workout_running.fragment.xml",
        ]
    )
    func fragments(name: String) throws {
        let path = try path(name)
        #expect { try AppleHealthImport.read(path: path, clock: clock, now: now) } throws: {
            ($0 as? TwitchlessError)?.message.contains("not an Apple Health export") == true
        }
    }

    @Test(
        "Real workout fragments inside a root: durations without pauses, repeated metadata harmless",
        arguments: [
            ("NicolasReyrolle-apple-health-analyzer_workout_running.fragment.xml", 60.888),
            ("NicolasReyrolle-apple-health-analyzer_workout_swimming.fragment.xml", 39.128),
        ]
    )
    func workoutFragments(name: String, minutes: Double) throws {
        let path = try path(name)
        let fragment = try String(contentsOfFile: path, encoding: .utf8)
        let reading = try AppleHealthImport.read(
            bytes: Array(("<HealthData>\n" + fragment + "\n</HealthData>\n").utf8),
            chunkSize: 4096,
            clock: clock,
            now: now
        )
        let total = reading.days.values.compactMap { $0[.workout] }.reduce(0, +)
        // Dates are whole seconds, so the end can fall up to a second before start + duration.
        #expect(abs(total - minutes) < 0.02)
        #expect(reading.tallies[.workout]?.used == 1)
    }
}
