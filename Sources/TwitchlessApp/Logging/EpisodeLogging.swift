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

    /// - Throws: `invalidInput` for a missing or unknown site or kind, a scale value out of range, a note that is too
    ///   long, or a time that can't be right; `conflict` when an episode at this minute, site and kind is already
    ///   logged with other details.
    package static func log(_ request: Request, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let checked = try Checked(request, context: context)
        return try await context.write { session in try await checked.store(in: session, context: context) }
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
        func store(in session: StoreSession, context: AppContext) async throws -> Outcome {
            let (episode, since, region, regions) = (self.episode, self.since, self.region, self.regions)
            let (site, kind, startedAt) = (episode.site, episode.kind, episode.startedAt)
            let (result, raised, _) = try await SafetyReview.raising(in: session, context: context) { session -> (StoredEpisode, Bool) in
                let (stored, isNew) = try await session.insertEpisode(episode)
                if !isNew, stored.episode != episode {
                    throw TwitchlessError(
                        .conflict,
                        "A \(kind.rawValue) in your \(site.displayName) at \(startedAt.clockText) on \(episode.localDate) is already in your log with other details.",
                        fix: "To change it, remove it first and log it again.",
                        next: .removeEpisode(site: site.rawValue, kind: kind.rawValue, at: "\(episode.localDate) \(startedAt.clockText)")
                    )
                }
                if isNew, let since, let region { try await session.saveRegionStart(region: region.key, startedOn: since) }
                return (stored, isNew)
            }
            let (stored, isNew) = result
            let tracked = try await session.dayLog(on: startedAt.localDate)?.isTracked ?? false
            guard isNew else {
                return Outcome(
                    stored: stored,
                    isAdded: false,
                    message: "This episode is already in your log, so it wasn't added again.",
                    notices: [],
                    firstInRegion: nil,
                    isDayTracked: tracked
                )
            }
            var first: String?
            if since == nil, let region, site != .other, kind != .cramp {
                let earlier = try await session.episodes(in: startedAt.localDate.adding(days: -60)...startedAt.localDate)
                    .filter { regions[$0.site]?.key == region.key && $0.kind != .cramp && $0.startedAt < startedAt }
                if earlier.isEmpty { first = region.label }
            }
            return Outcome(
                stored: stored,
                isAdded: true,
                message: EpisodeLogging.sentence(episode),
                notices: raised.map { $0.notice() }.sortedByUrgency(),
                firstInRegion: first,
                isDayTracked: tracked
            )
        }
    }

    /// "Logged a cramp in your calf (right) at 06:40 on 2026-11-20 (intensity 6, 2m, pain 4)."
    static func sentence(_ episode: Episode) -> String {
        let place = episode.site == .other ? "(site: other)" : "in your \(episode.site.displayName)"
        var line = "Logged a \(episode.kind.rawValue) \(place) at \(episode.startedAt.clockText) on \(episode.localDate)"
        var details: [String] = []
        if let intensity = episode.intensity { details.append("intensity \(intensity)") }
        if let seconds = episode.durationSeconds { details.append(DurationText.format(seconds: seconds)) }
        if let pain = episode.pain { details.append("pain \(pain)") }
        if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
        return line + "."
    }
}
