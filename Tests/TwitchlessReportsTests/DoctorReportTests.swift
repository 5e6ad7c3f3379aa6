import Foundation
import Testing
import TwitchlessCore
import TwitchlessReference
import TwitchlessTestSupport

@testable import TwitchlessReports

@Suite("The doctor report")
struct DoctorReportTests {
    let library = ReferenceLibrary.shipped
    let end = LocalDate(iso: "2026-11-24")!

    func report(note: String = "a <b>bold</b> & \"quoted\" note") throws -> String {
        let start = end.adding(days: -29)
        let profile = Profile(birth: .date(LocalDate(iso: "1985-05-05")!), sex: .female)
        var episodes: [Episode] = []
        var days: [DayLog] = []
        for offset in 0..<30 where offset % 3 != 0 {
            let date = start.adding(days: offset)
            var day = DayLog(date: date)
            day.sleepHours = 6 + Double(offset % 3)
            days.append(day)
            episodes.append(
                Episode(
                    startedAt: Timestamp(localDate: date, secondsOfDay: 36_000, utcOffsetSeconds: 0),
                    site: offset % 2 == 0 ? .eyelidLeft : .calfRight,
                    kind: .twitch,
                    intensity: 3 + offset % 4,
                    durationSeconds: 30,
                    note: note
                )
            )
        }
        let flags = try library.redFlagEvaluator().evaluate(
            .init(
                episodes: episodes,
                symptoms: [],
                acknowledgements: [],
                today: end,
                now: Timestamp(localDate: end, secondsOfDay: 82_800, utcOffsetSeconds: 0).epochSeconds
            )
        )
        let rules = try library.interactionRules()
        let input = DoctorReport.Input(
            period: start...end,
            generatedOn: end,
            profile: profile,
            targets: try library.intakeReference().targets(for: profile, on: end),
            timeZone: "Europe/London",
            episodes: episodes,
            days: days,
            foodMagnesium: [end: Milligrams(156)],
            supplementMagnesium: [end: Milligrams(200)],
            products: [SupplementProduct(name: "Glycinate <100>", servingUnit: "capsule", elementalPerServing: Milligrams(100), basis: .label)],
            medicines: [Medicine(name: "levothyroxine", schedule: .daily([25_200]))],
            medicineRules: ["levothyroxine": MedicineMatcher(rules: rules).match("levothyroxine").rules],
            redFlags: flags,
            notices: [],
            symptoms: [],
            symptomLabels: [:],
            evidence: try library.evidencePoints().map { ($0.text, $0.source) }
        )
        return DoctorReport(input).html()
    }

    @Test("One self-contained page: headings, red flags first, charts with descriptions, sources; no scripts, nothing fetched")
    func structure() throws {
        let html = try report()
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        let order = [
            "id=\"about\"", "id=\"flags\"", "id=\"episodes\"", "id=\"factors\"", "id=\"magnesium\"", "id=\"medicines\"", "id=\"evidence\"",
            "id=\"sources\"",
        ]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.components(separatedBy: "<desc").count - 1 == 3)
        // The report speaks to the doctor and shows no internal ids; the history lists every flag raised.
        #expect(html.contains("The person logged twitching in"))
        #expect(!html.contains("You logged") && !html.contains("RF01_twitch_2wk") && !html.contains("RF02_twitch_multisite"))
        #expect(html.contains("take magnesium at least 4 hours after the medicine"))
        #expect(html.contains("<th scope=\"col\">"))
    }

    @Test("Everything the person typed is escaped")
    func escaping() throws {
        let html = try report()
        #expect(!html.contains("<b>bold</b>"))
        #expect(html.contains("Glycinate &lt;100&gt;"))
    }

    @Test("Headless Chromium renders it to PDF and PNG")
    func rendersInChromium() throws {
        try Prerequisite.require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) != nil,
            "Chromium"
        )
        let chromium = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("report.html")
        try Data(try report().utf8).write(to: page)
        for (flag, name) in [("--print-to-pdf=", "report.pdf"), ("--screenshot=", "report.png")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1240,1754",
                flag + folder.appendingPathComponent(name).path, page.absoluteString,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let pdf = try Data(contentsOf: folder.appendingPathComponent("report.pdf"))
        let text = String(decoding: pdf, as: UTF8.self)
        let pages = text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
        #expect(pages >= 2, "the report should fill at least two A4 pages, got \(pages)")
        let png = try Data(contentsOf: folder.appendingPathComponent("report.png"))
        #expect(png.count > 20_000, "the screenshot looks empty (\(png.count) bytes)")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
