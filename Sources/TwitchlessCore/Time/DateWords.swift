/// Dates in words, for messages, pages and chart axes: never an ISO timestamp where a person reads it.
public enum DateWords {
    public static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// "Tuesday 24 November", with the year when it isn't `today`'s (always with the year when `today` is nil).
    public static func long(_ date: LocalDate, today: LocalDate? = nil) -> String {
        let text = "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1])"
        if let today, today.year == date.year { return text }
        return "\(text) \(date.year)"
    }

    /// "24 Nov", or "24 Nov 2025" with `year`: short enough for a chart axis on a phone.
    public static func short(_ date: LocalDate, year: Bool = false) -> String {
        "\(date.day) \(months[date.month - 1].prefix(3))" + (year ? " \(date.year)" : "")
    }

    /// "November 2026": a month on a chart of years.
    public static func month(_ date: LocalDate) -> String {
        "\(months[date.month - 1]) \(date.year)"
    }

    /// "Tuesday 24 November at 21:15" (the year added when it isn't `today`'s): a moment in a message.
    public static func moment(_ timestamp: Timestamp, today: LocalDate? = nil) -> String {
        "\(long(timestamp.localDate, today: today)) at \(timestamp.clockText)"
    }

    /// "24 November 2026": a date in a sentence.
    public static func day(_ date: LocalDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "1 September to 19 November 2026", or with both years when they differ.
    public static func span(_ from: LocalDate, _ to: LocalDate) -> String {
        from.year == to.year
            ? "\(from.day) \(months[from.month - 1]) to \(day(to))"
            : "\(day(from)) to \(day(to))"
    }
}
