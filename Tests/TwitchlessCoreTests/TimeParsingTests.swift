import Foundation
import Testing

@testable import TwitchlessCore

@Suite("Reading times and durations")
struct TimeParsingTests {
    // Given: 2026-07-10 12:00 in London (BST, UTC+1).
    let clock = try! ZonedClock(identifier: "Europe/London")
    let now = Date(timeIntervalSince1970: TimeInterval(Timestamp(iso8601: "2026-07-10T12:00:00+01:00")!.epochSeconds))

    @Test(
        "Friendly forms resolve in the person's zone",
        arguments: [
            ("09:15", "2026-07-10T09:15:00+01:00"),
            ("yesterday 21:15", "2026-07-09T21:15:00+01:00"),
            ("9am", "2026-07-10T09:00:00+01:00"),
            ("12am", "2026-07-10T00:00:00+01:00"),
            ("2 hours ago", "2026-07-10T10:00:00+01:00"),
            ("2026-01-05 08:00", "2026-01-05T08:00:00Z"),
            ("2026-07-01T06:30:00-04:00", "2026-07-01T06:30:00-04:00"),
            ("now", "2026-07-10T12:00:00+01:00"),
        ]
    )
    func friendly(input: String, expected: String) throws {
        let result = try FriendlyTime.parse(input, now: now, clock: clock)
        #expect(result.iso8601 == expected)
    }

    @Test("A time later today is in the future and suggests yesterday")
    func futureTimeToday() {
        #expect {
            try FriendlyTime.parse("21:15", now: now, clock: clock)
        } throws: { error in
            let error = error as! TwitchlessError
            return error.code == .invalidInput && error.fix?.contains("yesterday 21:15") == true
        }
    }

    @Test("Unreadable times say how to write them", arguments: ["25:00", "noonish", "yesterday", "2026-02-30 10:00"])
    func unreadable(input: String) {
        #expect(throws: TwitchlessError.self) { try FriendlyTime.parse(input, now: now, clock: clock) }
    }

    @Test("Wall-clock times in a daylight-saving gap move forward; local dates follow the zone")
    func daylightSaving() throws {
        let march = LocalDate(iso: "2026-03-29")!
        // 01:30 does not exist in London on 2026-03-29.
        let gap = clock.timestamp(localDate: march, secondsOfDay: 5400)
        #expect(gap.iso8601 == "2026-03-29T02:30:00+01:00")
        let after = clock.timestamp(localDate: march, secondsOfDay: 3 * 3600)
        #expect(after.iso8601 == "2026-03-29T03:00:00+01:00")
        // An instant late in the evening UTC is already the next day in Tokyo.
        let tokyo = try ZonedClock(identifier: "Asia/Tokyo").timestamp(epochSeconds: Timestamp(iso8601: "2026-11-24T20:00:00Z")!.epochSeconds)
        #expect(tokyo.localDate == LocalDate(iso: "2026-11-25"))
    }

    @Test("Unknown time zone names are refused", arguments: ["Mars/Olympus", "CEST", "london"])
    func unknownZone(name: String) {
        #expect(throws: TwitchlessError.self) { try ZonedClock(identifier: name) }
    }

    @Test("Durations", arguments: [("30s", 30), ("5m", 300), ("5 min", 300), ("1h30m", 5400), ("1:30", 90), ("45", 45), ("1.5h", 5400)])
    func durations(text: String, seconds: Int) throws {
        #expect(try DurationText.parseSeconds(text) == seconds)
    }

    @Test("Bad durations are refused", arguments: ["", "abc", "5 parsecs", "1:75", "-5m"])
    func badDurations(text: String) {
        #expect(throws: TwitchlessError.self) { try DurationText.parseSeconds(text) }
    }

    @Test("ISO 8601 with offsets keeps the offset and its local date")
    func isoOffsets() throws {
        let stamp = try #require(Timestamp(iso8601: "2026-11-24T23:30:00-05:00"))
        #expect(stamp.localDate == LocalDate(iso: "2026-11-24"))
        #expect(stamp.utcOffsetSeconds == -5 * 3600)
        #expect(stamp.iso8601 == "2026-11-24T23:30:00-05:00")
        #expect(Timestamp(iso8601: "2026-11-24T23:30:00") == nil)
    }
}
