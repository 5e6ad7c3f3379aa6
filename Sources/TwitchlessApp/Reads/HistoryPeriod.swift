package import TwitchlessCore

/// Which days History shows: the last so many days, everything since the first entry, or dates the person picks.
package enum HistoryPeriod: Sendable, Equatable {
    case last(Int)
    case all
    case between(LocalDate, LocalDate)

    /// The longest span shown: ten years, which still answers at once.
    package static let longest = 3660

    /// The dates the period covers, ending on `today` at the latest. "All" starts at the first entry (or today).
    package func dates(today: LocalDate, firstEntry: LocalDate?) throws(TwitchlessError) -> ClosedRange<LocalDate> {
        switch self {
        case .last(let count):
            guard (1...Self.longest).contains(count) else {
                throw .invalidInput(
                    "\(count) is not a number of days History can show.",
                    fix: "Please choose from 1 to \(Self.longest) days, or all of it."
                )
            }
            return today.adding(days: -(count - 1))...today
        case .all:
            let first = min(firstEntry ?? today, today)
            return max(first, today.adding(days: -(Self.longest - 1)))...today
        case .between(let from, let to):
            guard from <= to else {
                throw .invalidInput(
                    "The first date, \(DateWords.long(from)), is after the last, \(DateWords.long(to)).",
                    fix: "Please pick the earlier date first."
                )
            }
            guard to <= today else {
                throw .invalidInput("\(DateWords.long(to)) hasn't happened yet.", fix: "Please pick a last date up to today.")
            }
            guard from >= LocalDate.earliestLoggable, from.days(until: to) < Self.longest else {
                throw .invalidInput(
                    "That is more than ten years of days.",
                    fix: "Please pick dates at most \(Self.longest) days apart, or show all of it."
                )
            }
            return from...to
        }
    }
}
