public import TwitchlessCore

/// Writes an iCalendar file (RFC 5545) of events in one time zone: a VTIMEZONE, then each event with its stable UID.
///
/// DTSTAMP and LAST-MODIFIED are the export time; SEQUENCE counts whole minutes from 2020-01-01T00:00Z to it, so
/// each later export carries a higher SEQUENCE and a calendar that imports it again updates its events instead of
/// adding copies. The same events and `now` give the same bytes.
public struct ICalendarWriter: Sendable {
    public var clock: ZonedClock
    /// The export time.
    public var now: Timestamp
    public var calendarName: String

    public init(clock: ZonedClock, now: Timestamp, calendarName: String = "Twitchless") {
        self.clock = clock
        self.now = now
        self.calendarName = calendarName
    }

    /// The epoch second of 2020-01-01T00:00:00Z, from which SEQUENCE counts minutes.
    static let sequenceEpoch: Int64 = 1_577_836_800

    /// The calendar text, CRLF line ends.
    public func write(_ events: [CalendarEvent], covering dates: ClosedRange<LocalDate>) -> String {
        var text = ICalText()
        text.add("BEGIN", "VCALENDAR")
        text.add("VERSION", "2.0")
        text.add("PRODID", "-//Twitchless//Twitchless calendar export//EN")
        text.add("CALSCALE", "GREGORIAN")
        text.add("METHOD", "PUBLISH")
        text.addText("X-WR-CALNAME", calendarName)
        text.addText("X-WR-TIMEZONE", clock.name)
        var lines = text.lines + ICalTimeZone.lines(clock, covering: dates)
        for event in events { lines += eventLines(event) }
        lines.append("END:VCALENDAR")
        return lines.map { $0 + "\r\n" }.joined()
    }

    func eventLines(_ event: CalendarEvent) -> [String] {
        let stamp = Self.utcText(now.epochSeconds)
        var text = ICalText()
        text.add("BEGIN", "VEVENT")
        text.addText("UID", event.uid)
        text.add("DTSTAMP", stamp)
        text.add("LAST-MODIFIED", stamp)
        text.add("SEQUENCE", String(max(0, (now.epochSeconds - Self.sequenceEpoch) / 60)))
        switch event.when {
        case .days(let first, let last):
            text.add("DTSTART", Self.dateText(first), parameters: "VALUE=DATE")
            text.add("DTEND", Self.dateText(last.adding(days: 1)), parameters: "VALUE=DATE")
        case .time(let date, let seconds, let minutes):
            text.add("DTSTART", Self.localText(date, seconds), parameters: "TZID=" + clock.name)
            text.add("DURATION", "PT\(minutes)M")
            if let until = event.repeatsDailyUntil {
                // UNTIL is in UTC when DTSTART has a TZID (RFC 5545 §3.3.10): the last occurrence's instant.
                let last = clock.timestamp(localDate: until, secondsOfDay: seconds)
                text.add("RRULE", "FREQ=DAILY;UNTIL=" + Self.utcText(last.epochSeconds))
            }
        }
        text.addText("SUMMARY", event.summary)
        if let description = event.description { text.addText("DESCRIPTION", description) }
        text.add("TRANSP", "TRANSPARENT")
        if event.hasReminder {
            text.add("BEGIN", "VALARM")
            text.add("ACTION", "DISPLAY")
            text.add("TRIGGER", "PT0S")
            text.addText("DESCRIPTION", event.summary)
            text.add("END", "VALARM")
        }
        text.add("END", "VEVENT")
        return text.lines
    }

    /// "20261124"
    static func dateText(_ date: LocalDate) -> String { String(date.description.filter { $0 != "-" }) }

    /// "20261124T080000": wall-clock date and time, no zone.
    static func localText(_ date: LocalDate, _ secondsOfDay: Int) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return dateText(date) + "T" + pad(secondsOfDay / 3600) + pad(secondsOfDay % 3600 / 60) + pad(secondsOfDay % 60)
    }

    static func localText(_ stamp: Timestamp) -> String { localText(stamp.localDate, stamp.secondsOfDay) }

    /// "20261124T180000Z"
    static func utcText(_ epochSeconds: Int64) -> String { localText(Timestamp(epochSeconds: epochSeconds, utcOffsetSeconds: 0)) + "Z" }
}
