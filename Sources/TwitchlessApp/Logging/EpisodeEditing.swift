package import TwitchlessCore
package import TwitchlessStore

/// Correcting an episode already logged: its details, its time, its site or kind, or when a cramp stopped. One
/// action for the web app and the API; the episode keeps its id, so "add details" after a one-tap log changes that
/// episode instead of logging a second one.
package enum EpisodeEditing {
    /// One optional value's change: keep what is stored, clear it, or set it.
    package enum Change<Value: Sendable & Equatable>: Sendable, Equatable {
        case keep
        case clear
        case set(Value)

        func applied(to value: Value?) -> Value? {
            switch self {
            case .keep: value
            case .clear: nil
            case .set(let new): new
            }
        }
    }

    /// What to change; everything left at its default stays as stored.
    package struct Changes: Sendable {
        package var site: String?
        package var kind: String?
        /// When it started, as typed ("21:15", "yesterday 21:15", a date and time).
        package var at: String?
        package var intensity: Change<Int> = .keep
        package var durationSeconds: Change<Int> = .keep
        /// When it stopped ("now", "21:17"): sets the duration from the start; not with `durationSeconds`.
        package var endedAt: String?
        package var pain: Change<Int> = .keep
        package var note: Change<String> = .keep

        package init() {}
    }

    package struct Outcome: Sendable {
        package var stored: StoredEpisode
        /// The episode as it was before.
        package var previous: Episode
        /// "Saved: a twitch in your eyelid (left) at 21:15 on 2026-11-24 (intensity 5)." or "Nothing changed."
        package var message: String
        /// False when the changes left the episode as it was.
        package var isChanged: Bool
    }

    /// - Throws: `notFound` when the person has no episode with this id (another person's included); `invalidInput`
    ///   for a site, kind or time that can't be read, a time in the future, a stop before the start, or a value out of
    ///   range; `conflict` when another episode already has the new minute, site and kind.
    package static func edit(_ id: EpisodeID, _ changes: Changes, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let site = try InputText.given(changes.site).map { text throws(TwitchlessError) in try BodySite(parsing: text) }
        let kind = try InputText.given(changes.kind).map { text throws(TwitchlessError) in try EpisodeKind(parsing: text) }
        let startedAt = try InputText.given(changes.at).map { text throws(TwitchlessError) in try context.time(text) }
        let endedAt = try InputText.given(changes.endedAt).map { text throws(TwitchlessError) in try context.time(text) }
        if endedAt != nil, changes.durationSeconds != .keep {
            throw .invalidInput("Both a duration and a stop time were given.", fix: "Please give one of them.")
        }
        let note = try changes.note.cleaned()
        return try await context.write { session -> Outcome in
            guard let stored = try await session.storedEpisode(id: id) else { throw EpisodeRemoval.notFound }
            var episode = stored.episode
            if let site { episode.site = site }
            if let kind { episode.kind = kind }
            if let startedAt { episode.startedAt = startedAt }
            episode.intensity = changes.intensity.applied(to: episode.intensity)
            episode.durationSeconds = changes.durationSeconds.applied(to: episode.durationSeconds)
            episode.pain = changes.pain.applied(to: episode.pain)
            episode.note = note.applied(to: episode.note)
            if let endedAt { episode.durationSeconds = try duration(of: episode, endingAt: endedAt) }
            try episode.validate()
            guard episode != stored.episode else {
                return Outcome(stored: stored, previous: stored.episode, message: "Nothing changed.", isChanged: false)
            }
            if episode.key != stored.episode.key, let other = try await session.storedEpisode(matching: episode.key), other.id != id {
                throw TwitchlessError(
                    .conflict,
                    "Another \(episode.kind.rawValue) in your \(episode.site.displayName) is already logged at \(episode.startedAt.clockText) on \(episode.localDate).",
                    fix: "Change the time, or delete one of the two.",
                    next: .seeDay(episode.localDate)
                )
            }
            guard try await session.replaceEpisode(id: id, with: episode) else { throw EpisodeRemoval.notFound }
            return Outcome(
                stored: StoredEpisode(id: id, episode: episode),
                previous: stored.episode,
                message: "Saved: \(EpisodeLogging.described(episode)).",
                isChanged: true
            )
        }
    }

    /// Records that a cramp (or any episode) stopped now: its duration becomes the time since it started.
    package static func stop(_ id: EpisodeID, context: AppContext) async throws(TwitchlessError) -> Outcome {
        var changes = Changes()
        changes.endedAt = "now"
        return try await edit(id, changes, context: context)
    }

    /// The seconds from the start to `end`.
    static func duration(of episode: Episode, endingAt end: Timestamp) throws(TwitchlessError) -> Int {
        let seconds = end.epochSeconds - episode.startedAt.epochSeconds
        guard seconds >= 0 else {
            throw .invalidInput(
                "The stop time (\(end.clockText) on \(end.localDate)) is before the start (\(episode.startedAt.clockText) on \(episode.localDate)).",
                fix: "Please give when it stopped, after it started."
            )
        }
        return Int(seconds)
    }
}

extension EpisodeEditing.Change where Value == String {
    /// A note's change with the note cleaned as when it is logged; an empty note clears it.
    func cleaned() throws(TwitchlessError) -> EpisodeEditing.Change<String> {
        guard case .set(let text) = self else { return self }
        return try NoteText.clean(text).map { .set($0) } ?? .clear
    }
}
