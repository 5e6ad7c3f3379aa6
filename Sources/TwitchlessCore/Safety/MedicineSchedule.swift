/// When a medicine is taken: every day at some times, once a week, or once a month.
public enum MedicineSchedule: Hashable, Sendable {
    /// Every day at these local times (seconds since midnight).
    case daily([Int])
    /// Once a week on an ISO weekday (Monday = 1) at a local time.
    case weekly(weekday: Int, time: Int)
    /// Once a month on a day of the month at a local time (in shorter months, on the last day).
    case monthly(day: Int, time: Int)

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Reads "08:00,20:00" (daily), "weekly monday 07:00" or "monthly 1 07:00".
    /// - Throws: `invalidInput` with examples.
    public init(parsing raw: String) throws(TwitchlessError) {
        let text = raw.trimmingWhitespace().lowercased()
        let failure = TwitchlessError.invalidInput(
            "We couldn't read the schedule \"\(raw)\".",
            fix: "Use daily times like \"08:00\" or \"08:00,20:00\", \"weekly monday 07:00\", or \"monthly 1 07:00\"."
        )
        let words = text.split(separator: " ").map(String.init)
        func clock(_ word: String) throws(TwitchlessError) -> Int {
            guard let seconds = FriendlyTime.parseClock(word) else {
                throw .invalidInput("\"\(word)\" is not a time of day.", fix: "Use a time like 07:00 or 9pm.")
            }
            return seconds
        }
        if words.first == "weekly" || words.first == "every", words.count == 3 {
            let dayWord = words[1].hasSuffix("s") ? String(words[1].dropLast()) : words[1]
            guard dayWord.count >= 3, let index = Self.weekdays.firstIndex(where: { $0.hasPrefix(dayWord) }) else { throw failure }
            self = .weekly(weekday: index + 1, time: try clock(words[2]))
        } else if words.first == "monthly", words.count == 3 {
            guard let day = Int(words[1]), (1...31).contains(day) else {
                throw .invalidInput("\"\(words[1])\" is not a day of the month.", fix: "Use a number from 1 to 31, like \"monthly 1 07:00\".")
            }
            self = .monthly(day: day, time: try clock(words[2]))
        } else {
            let parts = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).filter { !$0.isEmpty && $0 != "daily" }
            guard !parts.isEmpty, parts.count <= 12 else { throw failure }
            var times: [Int] = []
            for part in parts { times.append(try clock(part)) }
            self = .daily(Array(Set(times)).sorted())
        }
    }

    /// The local dose times on `date` (seconds since midnight).
    public func times(on date: LocalDate) -> [Int] {
        switch self {
        case .daily(let times): return times
        case .weekly(let weekday, let time): return date.isoWeekday == weekday ? [time] : []
        case .monthly(let day, let time):
            let last = LocalDate.daysInMonth(year: date.year, month: date.month)
            return date.day == min(day, last) ? [time] : []
        }
    }

    /// "daily at 08:00 and 20:00", "weekly on Monday at 07:00", "monthly on day 1 at 07:00".
    public var description: String {
        let clock = Timestamp.clockText(secondsOfDay:)
        switch self {
        case .daily(let times): return "daily at " + times.map(clock).joined(separator: " and ")
        case .weekly(let weekday, let time): return "weekly on \(Self.weekdays[weekday - 1].sentenceCased) at \(clock(time))"
        case .monthly(let day, let time): return "monthly on day \(day) at \(clock(time))"
        }
    }

    /// The text form stored in the database, readable by `init(parsing:)`.
    public var storageText: String {
        let clock = Timestamp.clockText(secondsOfDay:)
        switch self {
        case .daily(let times): return times.map(clock).joined(separator: ",")
        case .weekly(let weekday, let time): return "weekly \(Self.weekdays[weekday - 1]) \(clock(time))"
        case .monthly(let day, let time): return "monthly \(day) \(clock(time))"
        }
    }
}

extension String {
    public var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
