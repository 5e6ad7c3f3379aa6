package import TwitchlessCore
package import TwitchlessStore

/// One stored episode, as `GET /api/v1/episodes` and `today --json` show it.
package struct EpisodeDocument: Encodable, Sendable {
    package var id: EpisodeID
    package var startedAt: String
    package var site: String
    package var kind: String
    @Nullable package var intensity: Int?
    @Nullable package var durationSeconds: Int?
    @Nullable package var pain: Int?
    @Nullable package var note: String?

    package init(_ stored: StoredEpisode) {
        let episode = stored.episode
        id = stored.id
        startedAt = episode.startedAt.iso8601
        site = episode.site.rawValue
        kind = episode.kind.rawValue
        intensity = episode.intensity
        durationSeconds = episode.durationSeconds
        pain = episode.pain
        note = episode.note
    }
}
