import PostgresNIO
import SQLKit
public import TwitchlessCore

extension StoreSession {
    static let episodeColumns = "started_at, utc_offset_seconds, site, kind, intensity, duration_seconds, pain, note"

    func decodeEpisode(_ row: any SQLRow) throws -> Episode {
        let site: String = try row.value("site")
        let kind: String = try row.value("kind")
        guard let bodySite = BodySite(rawValue: site), let episodeKind = EpisodeKind(rawValue: kind) else {
            throw StoreDecodingError.badValue("\(site)/\(kind)")
        }
        return Episode(
            startedAt: Timestamp(epochSeconds: try row.value("started_at"), utcOffsetSeconds: try row.value("utc_offset_seconds")),
            site: bodySite,
            kind: episodeKind,
            intensity: try row.optional("intensity"),
            durationSeconds: try row.optional("duration_seconds"),
            pain: try row.optional("pain"),
            note: try row.optional("note")
        )
    }

    /// The stored episode with the same instant, site and kind, if any.
    public func episode(matching key: Episode.Key) async throws -> Episode? {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.episodeColumns) FROM episodes
            WHERE owner_id = \(bind: owner.rawValue) AND started_at = \(bind: key.epochSeconds)
              AND site = \(bind: key.site.rawValue) AND kind = \(bind: key.kind.rawValue)
            """
        ).first().map(decodeEpisode)
    }

    /// Adds episodes; ones whose key is already stored are left as they are.
    public func insertEpisodes(_ episodes: [Episode]) async throws {
        let created = now()
        for batch in episodes.chunked(into: 500) {
            var insert = database.insert(into: "episodes")
                .columns(
                    "id",
                    "owner_id",
                    "started_at",
                    "utc_offset_seconds",
                    "local_date",
                    "site",
                    "kind",
                    "intensity",
                    "duration_seconds",
                    "pain",
                    "note",
                    "created_at"
                )
            for episode in batch {
                insert = insert.values(
                    newID(),
                    owner.rawValue,
                    episode.startedAt.epochSeconds,
                    episode.startedAt.utcOffsetSeconds,
                    episode.localDate.description,
                    episode.site.rawValue,
                    episode.kind.rawValue,
                    episode.intensity,
                    episode.durationSeconds,
                    episode.pain,
                    episode.note,
                    created
                )
            }
            try await insert.ignoringConflicts(with: ["owner_id", "started_at", "site", "kind"]).run()
        }
    }

    /// Replaces the stored values of episodes with the same key.
    public func updateEpisode(_ episode: Episode) async throws {
        try await database.update("episodes")
            .set("utc_offset_seconds", to: episode.startedAt.utcOffsetSeconds)
            .set("local_date", to: episode.localDate.description)
            .set("intensity", to: episode.intensity)
            .set("duration_seconds", to: episode.durationSeconds)
            .set("pain", to: episode.pain)
            .set("note", to: episode.note)
            .where("owner_id", .equal, owner.rawValue)
            .where("started_at", .equal, episode.startedAt.epochSeconds)
            .where("site", .equal, episode.site.rawValue)
            .where("kind", .equal, episode.kind.rawValue)
            .run()
    }

    /// Episodes whose local date is within `dates`, in time order.
    public func episodes(in dates: ClosedRange<LocalDate>) async throws -> [Episode] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.episodeColumns) FROM episodes
            WHERE owner_id = \(bind: owner.rawValue)
              AND local_date >= \(bind: dates.lowerBound.description) AND local_date <= \(bind: dates.upperBound.description)
            ORDER BY started_at, site, kind
            """
        ).all().map(decodeEpisode)
    }

    /// Every episode, in time order.
    public func allEpisodes() async throws -> [Episode] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.episodeColumns) FROM episodes
            WHERE owner_id = \(bind: owner.rawValue) ORDER BY started_at, site, kind
            """
        ).all().map(decodeEpisode)
    }

    /// Every episode with only what the safety rules read (time, site, kind, duration), in no particular order: an
    /// index-only scan on PostgreSQL (migration v18), its rows read by position.
    public func allEpisodesForSafety() async throws -> [Episode] {
        try await SafetyEpisodes.rows(
            [.text(owner.rawValue)],
            on: database,
            postgres: { row in
                let (startedAt, offset, site, kind, duration) = try row.decode((Int64, Int, String, String, Int?).self)
                return try SafetyEpisodes.episode(startedAt: startedAt, offset: offset, site: site, kind: kind, duration: duration)
            },
            other: { row in
                try SafetyEpisodes.episode(
                    startedAt: try row.value("started_at"),
                    offset: try row.value("utc_offset_seconds"),
                    site: try row.value("site"),
                    kind: try row.value("kind"),
                    duration: try row.optional("duration_seconds")
                )
            }
        )
    }

    /// Episode counts per local date within `dates` (dates without episodes are absent).
    public func episodeCounts(in dates: ClosedRange<LocalDate>) async throws -> [LocalDate: Int] {
        var counts: [LocalDate: Int] = [:]
        for row in try await database.raw(
            """
            SELECT local_date, COUNT(*) AS n FROM episodes
            WHERE owner_id = \(bind: owner.rawValue)
              AND local_date >= \(bind: dates.lowerBound.description) AND local_date <= \(bind: dates.upperBound.description)
            GROUP BY local_date
            """
        ).all() {
            counts[try row.localDate("local_date")] = try row.value("n", as: Int.self)
        }
        return counts
    }

    /// Deletes the episode with this key; returns whether one was deleted.
    public func deleteEpisode(_ key: Episode.Key) async throws -> Bool {
        guard try await episode(matching: key) != nil else { return false }
        try await database.delete(from: "episodes")
            .where("owner_id", .equal, owner.rawValue)
            .where("started_at", .equal, key.epochSeconds)
            .where("site", .equal, key.site.rawValue)
            .where("kind", .equal, key.kind.rawValue)
            .run()
        return true
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

/// A person's episodes as the red-flag rules read them, on every Today page built afresh.
enum SafetyEpisodes: HotStatement {
    static let sql = "SELECT started_at, utc_offset_seconds, site, kind, duration_seconds FROM episodes WHERE owner_id = $1"
    static let parameterTypes: [HotValue.Kind] = [.text]

    static func episode(startedAt: Int64, offset: Int, site: String, kind: String, duration: Int?) throws -> Episode {
        guard let site = BodySite(rawValue: site), let kind = EpisodeKind(rawValue: kind) else { throw StoreDecodingError.badValue("site/kind") }
        return Episode(startedAt: Timestamp(epochSeconds: startedAt, utcOffsetSeconds: offset), site: site, kind: kind, durationSeconds: duration)
    }
}
