package import TwitchlessCore
import TwitchlessReference
package import TwitchlessStore

/// Logging a twitch, spasm or cramp: one action for the command line, the web app and the API.
package enum EpisodeLogging {
    /// An episode as a person gives it; nil means "not given" (now, a twitch, no details).
    package struct Request: Sendable {
        package var site: String?
        package var kind: String?
        package var at: String?
        package var intensity: Int?
        package var durationSeconds: Int?
        package var pain: Int?
        package var note: String?
        /// The day twitching in this part of the body first began, if before the first log of it.
        package var since: String?

        package init(
            site: String?,
            kind: String? = nil,
            at: String? = nil,
            intensity: Int? = nil,
            durationSeconds: Int? = nil,
            pain: Int? = nil,
            note: String? = nil,
            since: String? = nil
        ) {
            self.site = site
            self.kind = kind
            self.at = at
            self.intensity = intensity
            self.durationSeconds = durationSeconds
            self.pain = pain
            self.note = note
            self.since = since
        }
    }

    package struct Outcome: Sendable {
        package var stored: StoredEpisode
        /// False when the same episode was already in the log (nothing was added).
        package var isAdded: Bool
        /// "Logged a twitch in your eyelid (left) at 21:15 on 2026-11-24 (intensity 5)."
        package var message: String
        /// Red flags this episode raised, emergencies first.
        package var notices: [Notice]
        /// The region's name when this is its first twitch in 60 days and no start day was given, so a surface can
        /// offer to record when the twitching began.
        package var firstInRegion: String?
        /// Whether the episode's day is checked in (only checked-in days count in the analysis).
        package var isDayTracked: Bool
    }

    /// What a surface shows after logging, beyond what was stored. Each costs reads of the person's history (the red
    /// flags read all of it), so a surface that shows the red flags elsewhere anyway (the web app's Today, the API's
    /// notices) asks for none, and the episode is stored in one statement.
    package struct Review: OptionSet, Sendable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }

        /// The red flags the episode raised, into `notices`.
        package static let redFlags = Review(rawValue: 1)
        /// `firstInRegion` and `isDayTracked`.
        package static let hints = Review(rawValue: 2)
        package static let all: Review = [.redFlags, .hints]
    }

    /// - Parameter review: what to find out besides storing it (see `Review`).
    /// - Throws: `invalidInput` for a missing or unknown site or kind, a scale value out of range, a note that is too
    ///   long, or a time that can't be right; `conflict` when an episode at this minute, site and kind is already
    ///   logged with other details.
    package static func log(_ request: Request, review: Review = .all, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let checked = try Checked(request, context: context)
        guard review.isEmpty, checked.since == nil else {
            return try await context.write { session in try await checked.store(in: session, review: review, context: context) }
        }
        // One statement: the insert is atomic by itself, and a trigger raises the person's data version with it.
        let (stored, isNew) = try await context.store.insertEpisode(context.owner, checked.episode)
        try checked.refuseOtherDetails(stored, isNew: isNew)
        return checked.outcome(stored, isNew: isNew, notices: [], firstInRegion: nil, isDayTracked: false)
    }

    /// A request read and checked, before anything is stored.
    struct Checked: Sendable {
        let episode: Episode
        let since: LocalDate?
        let region: (key: String, label: String)?
        let regions: [BodySite: (key: String, label: String)]

        init(_ request: Request, context: AppContext) throws(TwitchlessError) {
            guard let siteText = InputText.given(request.site) else {
                throw .invalidInput("The body site is missing.", fix: "Give one of: \(BodySite.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let site = try BodySite(parsing: siteText)
            let kind = try EpisodeKind(parsing: InputText.given(request.kind) ?? "twitch")
            let startedAt = try context.time(request.at)
            episode = Episode(
                startedAt: startedAt,
                site: site,
                kind: kind,
                intensity: request.intensity,
                durationSeconds: request.durationSeconds,
                pain: request.pain,
                note: try NoteText.clean(InputText.given(request.note))
            )
            try episode.validate()
            since = try request.since.map { text throws(TwitchlessError) in try FriendlyTime.parseDate(text, today: context.today) }
            if let since, since > startedAt.localDate {
                throw .invalidInput(
                    "The first day (\(since)) is after this episode (\(startedAt.localDate)).",
                    fix: "Give the day the twitching first began."
                )
            }
            regions = try context.reference.regions()
            region = regions[site]
        }

        /// Stores the episode (and the region's first day), with the red flags it raised.
        /// `conflict` when the episode at this minute, site and kind was already logged with other details.
        func refuseOtherDetails(_ stored: StoredEpisode, isNew: Bool) throws(TwitchlessError) {
            guard !isNew, stored.episode != episode else { return }
            throw TwitchlessError(
                .conflict,
                "A \(episode.kind.rawValue) in your \(episode.site.displayName) at \(episode.startedAt.clockText) on \(episode.localDate) is already in your log with other details.",
                fix: "To change it, remove it first and log it again.",
                next: .removeEpisode(
                    site: episode.site.rawValue,
                    kind: episode.kind.rawValue,
                    at: "\(episode.localDate) \(episode.startedAt.clockText)"
                )
            )
        }

        func outcome(_ stored: StoredEpisode, isNew: Bool, notices: [Notice], firstInRegion: String?, isDayTracked: Bool) -> Outcome {
            Outcome(
                stored: stored,
                isAdded: isNew,
                message: isNew ? EpisodeLogging.sentence(episode) : "This episode is already in your log, so it wasn't added again.",
                notices: isNew ? notices : [],
                firstInRegion: isNew ? firstInRegion : nil,
                isDayTracked: isDayTracked
            )
        }

        /// Stores the episode (and the region's first day) in an open transaction, with what `review` asks for.
        func store(in session: StoreSession, review: Review, context: AppContext) async throws -> Outcome {
            let (episode, since, region, regions) = (self.episode, self.since, self.region, self.regions)
            let (site, kind, startedAt) = (episode.site, episode.kind, episode.startedAt)
            let insert: @Sendable (StoreSession) async throws -> (StoredEpisode, Bool) = { session in
                let (stored, isNew) = try await session.insertEpisode(episode)
                try refuseOtherDetails(stored, isNew: isNew)
                if isNew, let since, let region { try await session.saveRegionStart(region: region.key, startedOn: since) }
                return (stored, isNew)
            }
            let stored: StoredEpisode
            let isNew: Bool
            let raised: [RaisedRedFlag]
            if review.contains(.redFlags) {
                let reviewed = try await SafetyReview.raising(in: session, context: context, insert)
                ((stored, isNew), raised) = (reviewed.result, reviewed.raised)
            } else {
                (stored, isNew) = try await insert(session)
                raised = []
            }
            guard review.contains(.hints) else {
                return outcome(stored, isNew: isNew, notices: raised.map { $0.notice() }.sortedByUrgency(), firstInRegion: nil, isDayTracked: false)
            }
            let tracked = try await session.dayLog(on: startedAt.localDate)?.isTracked ?? false
            var first: String?
            if isNew, since == nil, let region, site != .other, kind != .cramp {
                let earlier = try await session.episodes(in: startedAt.localDate.adding(days: -60)...startedAt.localDate)
                    .filter { regions[$0.site]?.key == region.key && $0.kind != .cramp && $0.startedAt < startedAt }
                if earlier.isEmpty { first = region.label }
            }
            return outcome(stored, isNew: isNew, notices: raised.map { $0.notice() }.sortedByUrgency(), firstInRegion: first, isDayTracked: tracked)
        }
    }

    /// "Logged a cramp in your calf (right) at 06:40 on 2026-11-20 (intensity 6, 2m, pain 4)."
    static func sentence(_ episode: Episode) -> String { "Logged \(described(episode))." }

    /// "a cramp in your calf (right) at 06:40 on 2026-11-20 (intensity 6, 2m, pain 4)"
    package static func described(_ episode: Episode) -> String {
        let place = episode.site == .other ? "(site: other)" : "in your \(episode.site.displayName)"
        var line = "a \(episode.kind.rawValue) \(place) at \(episode.startedAt.clockText) on \(episode.localDate)"
        var details: [String] = []
        if let intensity = episode.intensity { details.append("intensity \(intensity)") }
        if let seconds = episode.durationSeconds { details.append(DurationText.format(seconds: seconds)) }
        if let pain = episode.pain { details.append("pain \(pain)") }
        if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
        return line
    }
}
