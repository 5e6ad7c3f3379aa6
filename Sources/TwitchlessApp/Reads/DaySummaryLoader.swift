package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// Reads one day's data and builds its summary.
package enum DaySummaryLoader {
    package static func load(context: AppContext, date: LocalDate) async throws(TwitchlessError) -> DaySummary {
        let data = try await context.read { session in
            (
                try await session.dayLog(on: date),
                try await session.episodes(in: date...date),
                try await session.foodIntakes(in: date...date),
                try await session.supplementIntakes(in: date...date),
                !(try await session.products().isEmpty)
            )
        }
        return DaySummary(
            date: date,
            profile: context.profile,
            targets: try context.targets(on: date),
            dayLog: data.0,
            episodes: data.1,
            foods: data.2,
            supplements: data.3,
            hasSupplementProducts: data.4,
            book: try context.reference.noticeBook()
        )
    }

    /// The day's summary with the red flags that apply now added to its notices (emergencies first).
    package static func loadWithRedFlags(context: AppContext, date: LocalDate) async throws(TwitchlessError) -> DaySummary {
        var summary = try await load(context: context, date: date)
        let flags = try await SafetyReview.activeRedFlags(context: context).map { $0.notice() }
        summary.notices = (flags + summary.notices).sortedByUrgency()
        return summary
    }
}
