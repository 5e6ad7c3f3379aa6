import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// The owner's episode at this instant, site and kind, with its id, or nil.
    public func storedEpisode(matching key: Episode.Key) async throws -> StoredEpisode? {
        try await database.raw(
            """
            SELECT id, \(unsafeRaw: Self.episodeColumns) FROM episodes
            WHERE owner_id = \(bind: owner.rawValue) AND started_at = \(bind: key.epochSeconds)
              AND site = \(bind: key.site.rawValue) AND kind = \(bind: key.kind.rawValue)
            """
        ).first().map { StoredEpisode(id: try $0.value("id"), episode: try decodeEpisode($0)) }
    }

    /// Replaces every value of the owner's episode with this id; false when there is none (also for another
    /// person's id). The caller checks first that no other episode has the new instant, site and kind.
    public func replaceEpisode(id: EpisodeID, with episode: Episode) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE episodes SET started_at = \(bind: episode.startedAt.epochSeconds),
                utc_offset_seconds = \(bind: episode.startedAt.utcOffsetSeconds), local_date = \(bind: episode.localDate.description),
                site = \(bind: episode.site.rawValue), kind = \(bind: episode.kind.rawValue), intensity = \(bind: episode.intensity),
                duration_seconds = \(bind: episode.durationSeconds), pain = \(bind: episode.pain), note = \(bind: episode.note)
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }
}
