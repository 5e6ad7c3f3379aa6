package import TwitchlessCore

/// The dates a report, an export or a calendar covers, read the same way on every surface.
package enum DateRange {
    /// Days up to today: `to` defaults to today, `from` to `defaultDays` days ending on `to`.
    /// - Throws: `invalidInput` for a day that can't be read or is in the future, or a range that `check` refuses.
    package static func past(
        from: String?,
        to: String?,
        defaultDays: Int = 90,
        maximumDays: Int,
        what: String,
        context: AppContext
    ) throws(TwitchlessError) -> ClosedRange<LocalDate> {
        let end = try context.date(InputText.given(to))
        let start = try InputText.given(from).map { text throws(TwitchlessError) in try context.date(text) } ?? end.adding(days: -(defaultDays - 1))
        try check(start, end, maximumDays: maximumDays, what: what)
        return start...end
    }

    /// "today", "tomorrow", "yesterday" or YYYY-MM-DD, future dates allowed (a calendar looks ahead).
    /// - Throws: `invalidInput` naming what the date is for, with an example.
    package static func day(_ text: String, what: String, today: LocalDate) throws(TwitchlessError) -> LocalDate {
        switch text.trimmingWhitespace().lowercased() {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default:
            guard let date = LocalDate(iso: text.trimmingWhitespace()) else {
                throw .invalidInput("We couldn't read the \(what) \"\(text)\".", fix: "Please use a date like \(today), or today or tomorrow.")
            }
            try LocalDate.checkLoggable(date, what: what)
            return date
        }
    }

    /// Refuses a range that ends before it starts, is longer than `maximumDays`, or reaches outside the dates
    /// Twitchless works with.
    package static func check(_ start: LocalDate, _ end: LocalDate, maximumDays: Int, what: String) throws(TwitchlessError) {
        try LocalDate.checkLoggable(start, what: "first day of the \(what)")
        try LocalDate.checkLoggable(end, what: "last day of the \(what)")
        guard start <= end else {
            throw .invalidInput(
                "The \(what) would end (\(DateWords.day(end))) before it starts (\(DateWords.day(start))).",
                fix: "Please choose a first day before the last day."
            )
        }
        guard start.days(until: end) < maximumDays else {
            throw .invalidInput(
                "The \(what) would cover \(start.days(until: end) + 1) days; it can cover at most \(maximumDays).",
                fix: "Please choose a shorter range."
            )
        }
    }

    /// "21:00" or "9:30" → seconds since midnight.
    /// - Throws: `invalidInput` naming what the time is for, with an example.
    package static func clock(_ text: String, what: String) throws(TwitchlessError) -> Int {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else {
            throw .invalidInput("We couldn't read the time \"\(text)\" given for the \(what).", fix: "Please use a 24-hour time like 21:00.")
        }
        return hour * 3600 + minute * 60
    }
}
