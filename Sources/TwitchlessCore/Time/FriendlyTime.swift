public import Foundation

/// Reads the times people type: "now", "21:15", "9pm", "yesterday 21:15", "2 hours ago",
/// "2026-11-24 21:15", or ISO 8601 with an offset.
public enum FriendlyTime {
    /// Parses `text` relative to `now` in the person's time zone.
    /// - Throws: `invalidInput` when the text is not a time, or when the time is in the future.
    public static func parse(_ text: String, now: Date, clock: ZonedClock) throws(TwitchlessError) -> Timestamp {
        let result = try parseAllowingFuture(text, now: now, clock: clock)
        if result.localDate < LocalDate.earliestLoggable {
            throw .invalidInput(
                "The time \"\(text.trimmingWhitespace())\" is too long ago to log: \(LocalDate.loggableWords).",
                fix: "Please give a time from 1900 on."
            )
        }
        let nowSeconds = Int64(now.timeIntervalSince1970)
        if result.epochSeconds > nowSeconds + 60 {
            let friendly = text.trimmingWhitespace()
            var fix = "Please give a time that has already happened."
            if !friendly.contains("-"), !friendly.lowercased().hasPrefix("yesterday") {
                fix = "If you meant yesterday, write \"yesterday \(friendly)\"."
            }
            let resolved = friendly == result.iso8601 ? "" : " (\(DateWords.moment(result, today: clock.today(now))))"
            throw .invalidInput("The time \"\(friendly)\"\(resolved) is in the future.", fix: fix)
        }
        return result
    }

    static func parseAllowingFuture(_ raw: String, now: Date, clock: ZonedClock) throws(TwitchlessError) -> Timestamp {
        let text = raw.trimmingWhitespace().lowercased()
        let today = clock.today(now)
        if text.isEmpty {
            throw .invalidInput("The time is empty.", fix: "Give a time like 21:15 or \"yesterday 21:15\", or leave the option out for now.")
        }
        if text == "now" { return clock.timestamp(now) }
        if let parsed = ISO8601Text.parse(text) {
            if let offset = parsed.offset {
                return Timestamp(localDate: parsed.date, secondsOfDay: parsed.secondsOfDay, utcOffsetSeconds: offset)
            }
            return try existing(clock.timestamp(localDate: parsed.date, secondsOfDay: parsed.secondsOfDay), parsed.date, parsed.secondsOfDay, clock)
        }
        if let ago = parseAgo(text) {
            return clock.timestamp(epochSeconds: Int64(now.timeIntervalSince1970) - Int64(ago))
        }
        var words = text.split(separator: " ").map(String.init)
        var date = today
        if let first = words.first {
            if first == "yesterday" {
                date = today.adding(days: -1)
                words.removeFirst()
            } else if first == "today" {
                words.removeFirst()
            } else if let d = LocalDate(iso: first), words.count > 1 {
                date = d
                words.removeFirst()
            }
        }
        let clockText = words.joined()
        if clockText.isEmpty {
            throw .invalidInput("\"\(raw)\" needs a time of day.", fix: "Add a time, for example \"yesterday 21:15\".")
        }
        guard let seconds = parseClock(clockText) else {
            throw .invalidInput(
                "We couldn't read the time \"\(raw)\".",
                fix: "Please use a time like 21:15, 9pm, \"yesterday 21:15\", \"2 hours ago\" or 2026-11-24T21:15:00+01:00."
            )
        }
        return try existing(clock.timestamp(localDate: date, secondsOfDay: seconds), date, seconds, clock)
    }

    /// Refuses a wall-clock time that a daylight-saving change skipped (02:30 when clocks jump from 02:00 to 03:00).
    static func existing(_ stamp: Timestamp, _ date: LocalDate, _ seconds: Int, _ clock: ZonedClock) throws(TwitchlessError) -> Timestamp {
        guard stamp.localDate == date, stamp.secondsOfDay == seconds else {
            let hour = seconds / 3600
            let minute = seconds % 3600 / 60
            let text = "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
            throw .invalidInput(
                "\(text) on \(DateWords.day(date)) didn't happen in \(clock.name): the clocks went forward that night.",
                fix: "Please give the time as the clock showed it, for example \(stamp.clockText)."
            )
        }
        return stamp
    }

    /// "21:15", "9:05", "9pm", "9:30am", "2115" → seconds since midnight.
    /// Seconds after midnight for a time of day as people write it ("21:15", "9pm", "7.30am"); nil when it is not one.
    public static func timeOfDay(_ text: String) -> Int? {
        parseClock(text.trimmingWhitespace().lowercased().replacingOccurrences(of: " ", with: ""))
    }

    static func parseClock(_ text: String) -> Int? {
        var body = text
        var meridiem: String?
        for suffix in ["am", "pm", "a.m.", "p.m."] where body.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            body = String(body.dropLast(suffix.count))
            break
        }
        var hour: Int
        var minute = 0
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]) {
            hour = h
            minute = m
        } else if parts.count == 1, parts[0].count <= 2, let h = Int(parts[0]), meridiem != nil {
            hour = h
        } else if parts.count == 1, parts[0].count == 4, let v = Int(parts[0]) {
            hour = v / 100
            minute = v % 100
        } else {
            return nil
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "a" { hour = hour == 12 ? 0 : hour } else { hour = hour == 12 ? 12 : hour + 12 }
        }
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 3600 + minute * 60
    }

    /// "2 hours ago", "30 min ago", "1h ago" → seconds.
    static func parseAgo(_ text: String) -> Int? {
        guard text.hasSuffix(" ago") else { return nil }
        let body = String(text.dropLast(4))
        return try? DurationText.parseSeconds(body)
    }

    /// Reads a day: "today", "yesterday", "3 days ago" or "2026-11-24".
    /// - Throws: `invalidInput` when the text is not a date or is in the future.
    public static func parseDate(_ raw: String, today: LocalDate) throws(TwitchlessError) -> LocalDate {
        let text = raw.trimmingWhitespace().lowercased()
        let date: LocalDate
        if text == "today" || text.isEmpty {
            date = today
        } else if text == "yesterday" {
            date = today.adding(days: -1)
        } else if text.hasSuffix(" days ago"), let n = Int(text.dropLast(9)), n >= 0 {
            date = today.adding(days: -n)
        } else if let d = LocalDate(iso: text) {
            date = d
        } else {
            throw .invalidInput(
                "We couldn't read the date \"\(raw)\".",
                fix: "Please use a date like \(today), or \"today\" or \"yesterday\"."
            )
        }
        if date > today {
            throw .invalidInput("The date \(DateWords.day(date)) is in the future.", fix: "Please give today's date or an earlier one.")
        }
        if date < LocalDate.earliestLoggable {
            throw .invalidInput(
                "The date \(DateWords.day(date)) is too long ago to log: \(LocalDate.loggableWords).",
                fix: "Please give a date from 1900 on."
            )
        }
        return date
    }
}
