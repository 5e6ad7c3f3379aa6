import TwitchlessApp
import TwitchlessCore

/// Reads the dates of export options.
enum ExportDates {
    /// "today", "tomorrow", "yesterday" or YYYY-MM-DD, future dates allowed (a calendar looks ahead).
    /// - Throws: `invalidInput` naming the option and an example.
    static func parse(_ text: String, option: String, today: LocalDate) throws(TwitchlessError) -> LocalDate {
        switch text.trimmingWhitespace().lowercased() {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default:
            guard let date = LocalDate(iso: text.trimmingWhitespace()), date >= LocalDate.earliestLoggable else {
                throw .invalidInput("We couldn't read the date \"\(text)\" given with \(option).", fix: "Please use a date like \(today), or today or tomorrow.")
            }
            return date
        }
    }

    /// Refuses a range that ends before it starts or is longer than `maximumDays`.
    static func check(_ start: LocalDate, _ end: LocalDate, maximumDays: Int, what: String) throws(TwitchlessError) {
        guard start <= end else {
            throw .invalidInput("The \(what) would end (\(end)) before it starts (\(start)).", fix: "Please give --from before --to.")
        }
        guard start.days(until: end) < maximumDays else {
            throw .invalidInput("The \(what) would cover \(start.days(until: end) + 1) days; it can cover at most \(maximumDays).",
                                fix: "Please choose a shorter range with --from and --to.")
        }
    }

    /// "21:00" or "9:30" → seconds since midnight.
    /// - Throws: `invalidInput` with an example.
    static func clock(_ text: String, option: String) throws(TwitchlessError) -> Int {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else {
            throw .invalidInput("We couldn't read the time \"\(text)\" given with \(option).", fix: "Please use a 24-hour time like 21:00.")
        }
        return hour * 3600 + minute * 60
    }
}
