package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// Reads one day's data and builds its summary.
package enum DaySummaryLoader {
    package static func load(context: AppContext, date: LocalDate) async throws(TwitchlessError) -> DaySummary {
        try await loadWithEpisodes(context: context, date: date).summary
    }

    /// The day's summary and its episodes with their ids, read once.
    package static func loadWithEpisodes(
        context: AppContext,
        date: LocalDate
    ) async throws(TwitchlessError) -> (summary: DaySummary, episodes: [StoredEpisode]) {
        let data = try await context.read { session in
            (
                try await session.dayLog(on: date),
                try await session.storedEpisodes(on: date),
                try await session.foodIntakes(in: date...date),
                try await session.supplementIntakes(in: date...date),
                !(try await session.products().isEmpty)
            )
        }
        let summary = DaySummary(
            date: date,
            profile: context.profile,
            targets: try context.targets(on: date),
            dayLog: data.0,
            episodes: data.1.map(\.episode),
            foods: data.2,
            supplements: data.3,
            hasSupplementProducts: data.4,
            book: try context.reference.noticeBook()
        )
        return (summary, data.1)
    }

    /// The day's summary with the red flags that apply now added to its notices (emergencies first).
    /// The day's summary with the red flags that apply now among its notices, and its document (`today --json`).
    package static func loadWithRedFlags(
        context: AppContext,
        date: LocalDate
    ) async throws(TwitchlessError) -> (summary: DaySummary, document: DayDocument) {
        var (summary, episodes) = try await loadWithEpisodes(context: context, date: date)
        let flags = try await SafetyReview.activeRedFlags(context: context).map { $0.notice() }
        summary.notices = (flags + summary.notices).sortedByUrgency()
        return (summary, DayDocument(summary, episodes: episodes))
    }
}
