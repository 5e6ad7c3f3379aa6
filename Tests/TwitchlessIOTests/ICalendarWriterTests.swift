import Foundation
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessIO

@Suite("iCalendar writer")
struct ICalendarWriterTests {
    let london = try! ZonedClock(identifier: "Europe/London")
    /// The week around the change to summer time in the UK (2027-03-28, 01:00 UTC).
    let dates = LocalDate(iso: "2027-03-25")!...LocalDate(iso: "2027-03-31")!

    func calendar(now: String = "2027-03-01T12:00:00Z", trials: [TrialDesign] = [], checkIn: Int? = 21 * 3600, time: Int = 8 * 3600) -> String {
        let days = stride(from: 0, through: dates.lowerBound.days(until: dates.upperBound), by: 1).map {
            ScheduleCalendar.MagnesiumDay(
                date: dates.lowerBound.adding(days: $0),
                time: time,
                note: "Times that keep every medicine gap: 06:00–23:00."
            )
        }
        let events = ScheduleCalendar(
            ids: ExportFixtures.ids,
            dates: dates,
            magnesiumDays: days,
            products: "Magnesium glycinate",
            trials: trials,
            checkIn: checkIn
        ).events()
        return ICalendarWriter(clock: london, now: Timestamp(iso8601: now)!).write(events, covering: dates)
    }

    func parsed(_ text: String) throws -> [String: Any] {
        try PythonChecker.json(script: "ics_check.py", arguments: [try ExportFixtures.temporaryFile(text, suffix: ".ics")])
    }

    @Test("Lines end in CRLF and fold at 75 octets, never inside a UTF-8 sequence")
    func folding() {
        let long = String(repeating: "é", count: 60) + "x"
        let folded = ICalText.fold("DESCRIPTION:" + long)
        #expect(folded.count == 2)
        #expect(folded.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded[1].hasPrefix(" "))
        #expect((folded[0] + folded[1].dropFirst()) == "DESCRIPTION:" + long)
        let text = calendar()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test(
        "TEXT values escape backslash, semicolon, comma and line breaks",
        arguments: zip(
            ["a,b", "a;b", "a\\b", "one\ntwo", "one\r\ntwo"],
            ["a\\,b", "a\\;b", "a\\\\b", "one\\ntwo", "one\\ntwo"]
        )
    )
    func escaping(input: String, expected: String) {
        #expect(ICalText.escape(input) == expected)
    }

    @Test("The VTIMEZONE has the change to summer time, in the old offset's wall clock")
    func timeZone() {
        let lines = ICalTimeZone.lines(london, covering: dates)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("BEGIN:DAYLIGHT\nDTSTART:20270328T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nEND:DAYLIGHT"))
        #expect(lines.first == "BEGIN:VTIMEZONE" && lines.last == "END:VTIMEZONE")
        let tokyo = ICalTimeZone.lines(try! ZonedClock(identifier: "Asia/Tokyo"), covering: dates)
        #expect(!tokyo.contains("BEGIN:DAYLIGHT") && tokyo.contains("TZOFFSETTO:+0900"))
    }

    @Test("Magnesium at 08:00 stays at 08:00 local across the DST change, and so does the daily check-in")
    func daylightSaving() throws {
        try ExportFixtures.requireChecker(["icalendar", "dateutil"])
        let result = try parsed(calendar())
        #expect(result["timezones"] as? [String] == ["Europe/London"])
        let events = try #require(result["events"] as? [[String: Any]])
        let magnesium = events.filter { ($0["summary"] as? String) == "Magnesium (Magnesium glycinate)" }
        #expect(magnesium.count == 7)
        #expect(magnesium.allSatisfy { ($0["start_local"] as? String)?.hasSuffix("T08:00:00") == true && $0["tzid"] as? String == "Europe/London" })
        let utc = magnesium.compactMap { $0["start_utc"] as? String }
        #expect(utc.first == "2027-03-25T08:00:00+00:00")
        #expect(utc.last == "2027-03-31T07:00:00+00:00")
        let checkIn = try #require(events.first { ($0["summary"] as? String) == "Twitchless check-in" })
        #expect(checkIn["has_alarm"] as? Bool == true)
        let occurrences = try #require(checkIn["occurrences"] as? [[String: String]])
        #expect(occurrences.count == 7)
        #expect(occurrences.allSatisfy { $0["local"]?.hasSuffix("T21:00:00") == true })
        #expect(occurrences.first?["utc"] == "2027-03-25T21:00:00+00:00")
        #expect(occurrences.last?["utc"] == "2027-03-31T20:00:00+00:00")
        let lines = try #require(result["lines"] as? [String: Any])
        #expect(lines["max_octets"] as? Int ?? 99 <= 75 && lines["bare_line_feeds"] as? Int == 0)
    }

    @Test("A re-export keeps every UID, with a higher SEQUENCE")
    func stableUIDs() throws {
        let first = calendar()
        let again = calendar()
        let later = calendar(now: "2027-03-02T12:00:00Z")
        #expect(first == again)
        func values(_ text: String, _ name: String) -> [String] {
            text.components(separatedBy: "\r\n").filter { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
        }
        #expect(values(first, "UID") == values(later, "UID"))
        #expect(Set(values(first, "UID")).count == values(first, "UID").count)
        #expect(Int(values(later, "SEQUENCE")[0])! > Int(values(first, "SEQUENCE")[0])!)
        #expect(values(later, "DTSTAMP").allSatisfy { $0 == "20270302T120000Z" })
    }

    @Test("A trial's periods and washouts say which arm when; control days without a placebo have no magnesium")
    func trialEvents() throws {
        let trial = try TrialDesign(
            startDate: dates.lowerBound,
            blocks: 3,
            periodDays: 4,
            washoutDays: 1,
            product: "G",
            servings: 2,
            usesPlacebo: false,
            seed: 7
        )
        let events = ScheduleCalendar(
            ids: ExportFixtures.ids,
            dates: dates,
            magnesiumDays: (0..<7).map {
                .init(date: dates.lowerBound.adding(days: $0), time: 8 * 3600, note: "")
            },
            products: nil,
            trials: [trial],
            checkIn: nil
        ).events()
        for block in 0..<3 {
            for arm in [TrialDesign.Arm.magnesium, .control] {
                let period = trial.period(block: block, arm: arm)
                guard period.lowerBound <= dates.upperBound else { continue }
                let name = "Trial block \(block + 1) of 3: \(arm.rawValue) period"
                let washout = try #require(events.first { $0.summary == name + ", washout (not analysed)" })
                #expect(washout.when == .days(first: period.lowerBound, last: period.lowerBound))
                let analysed = try #require(events.first { $0.summary == name })
                #expect(analysed.when == .days(first: period.lowerBound.adding(days: 1), last: period.upperBound))
            }
        }
        let doses = events.compactMap { event -> LocalDate? in if case .time(let date, _, _) = event.when { date } else { nil } }
        #expect(!doses.isEmpty)
        #expect(doses.allSatisfy { trial.position(on: $0)?.arm == .magnesium })
        #expect(doses.count == (0..<7).filter { trial.position(on: dates.lowerBound.adding(days: $0))?.arm == .magnesium }.count)
    }
}
