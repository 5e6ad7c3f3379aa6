package import TwitchlessCore
package import TwitchlessStore

/// Reading the person's episodes with their ids: one by id, or a page of all of them, newest first.
package enum EpisodeList {
    /// - Throws: `notFound` when the person has no episode with this id (another person's included).
    package static func episode(id: EpisodeID, context: AppContext) async throws(TwitchlessError) -> StoredEpisode {
        guard let stored = try await context.read({ try await $0.storedEpisode(id: id) }) else { throw EpisodeRemoval.notFound }
        return stored
    }

    /// Up to `limit` episodes after the cursor (the last one's start and id), newest first, and whether more follow.
    package static func page(
        after cursor: (startedAt: Int64, id: EpisodeID)?,
        limit: Int,
        context: AppContext
    ) async throws(TwitchlessError)
        -> (items: [StoredEpisode], hasMore: Bool)
    {
        let page = try await context.read { try await $0.episodePage(after: cursor, limit: limit + 1) }
        return (Array(page.prefix(limit)), page.count > limit)
    }
}

extension DayCheckIn {
    /// The day as the analysis sees it (the check-in, with imported values filling what it doesn't say), or nil.
    package static func day(_ date: LocalDate, context: AppContext) async throws(TwitchlessError) -> DayLog? {
        try await context.read { try await $0.dayLog(on: date) }
    }
}

extension ProfileUpdate {
    /// The day the person's doctor agreed to magnesium despite kidney disease, if they recorded one.
    package static func kidneyDoctorAgreement(context: AppContext) async throws(TwitchlessError) -> LocalDate? {
        try await context.read { try await $0.kidneyDoctorAgreement() }
    }
}
