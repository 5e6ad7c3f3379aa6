package import TwitchlessCore
import TwitchlessStore

/// Recent days, oldest first: episodes, check-in, factors and magnesium (`history` and the web app's History).
package enum HistoryLoader {
    package struct Day: Sendable {
        package var date: LocalDate
        package var isTracked: Bool
        /// nil on a day not checked in with nothing logged: unknown, not zero.
        package var episodes: Int?
        package var log: DayLog?
        package var foodMagnesium: Milligrams?
        /// Logged intakes plus magnesium reported by an import; nil when there is neither.
        package var supplementMagnesium: Milligrams?
    }

    /// The `days` days up to and including `end`, with the reference values of `end`, as `history --json` and the API
    /// show them.
    package static func document(context: AppContext, days: Int, end: LocalDate) async throws(TwitchlessError) -> HistoryDocument {
        HistoryDocument(
            try await load(context: context, days: days, end: end),
            from: end.adding(days: -(days - 1)),
            to: end,
            targets: try context.targets(on: end)
        )
    }

    /// The `days` days up to and including `end`.
    package static func load(context: AppContext, days: Int, end: LocalDate) async throws(TwitchlessError) -> [Day] {
        try await load(context: context, range: end.adding(days: -(days - 1))...end)
    }

    /// The days of `period`, ending today at the latest.
    package static func load(context: AppContext, period: HistoryPeriod) async throws(TwitchlessError) -> [Day] {
        var first: LocalDate?
        if period == .all { first = try await context.read { session in try await session.firstLoggedDate() } }
        return try await load(context: context, range: try period.dates(today: context.today, firstEntry: first))
    }

    /// Every day of `range`, oldest first.
    package static func load(context: AppContext, range: ClosedRange<LocalDate>) async throws(TwitchlessError) -> [Day] {
        let days = range.lowerBound.days(until: range.upperBound) + 1
        let data = try await context.read { session in
            (
                try await session.episodeCounts(in: range), try await session.dayLogs(in: range),
                try await session.supplementTotals(in: range), try await session.foodTotals(in: range)
            )
        }
        let (counts, dayLogs, supplementTotals, foodTotals) = data
        let logs = Dictionary(dayLogs.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        return (0..<days).map { offset in
            let date = range.lowerBound.adding(days: offset)
            let log = logs[date]
            let logged = supplementTotals[date]
            let reported = log?.reportedSupplementMagnesium
            let supplement: Milligrams? = logged == nil && reported == nil ? nil : (logged ?? .zero) + (reported ?? .zero)
            let tracked = log?.isTracked ?? false
            return Day(
                date: date,
                isTracked: tracked,
                episodes: counts[date] ?? (tracked ? 0 : nil),
                log: log,
                foodMagnesium: foodTotals[date],
                supplementMagnesium: supplement
            )
        }
    }
}
