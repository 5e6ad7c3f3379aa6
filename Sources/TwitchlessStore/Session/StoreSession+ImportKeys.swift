import SQLKit
public import TwitchlessCore

/// What a streaming import remembers of the rows it has read, in a table of this transaction's own (a temporary table
/// on its connection), so a file of any size is checked for repeated rows without holding them in memory.
extension StoreSession {
    /// A row an import has read: its episode's key, its line, and a digest of its values.
    public struct ImportedEpisode: Sendable {
        public var key: Episode.Key
        public var line: Int
        public var digest: Int64

        public init(key: Episode.Key, line: Int, digest: Int64) {
            self.key = key
            self.line = line
            self.digest = digest
        }
    }

    /// Starts the table of rows read; it goes with the transaction (`endImportedEpisodes` drops it before a commit).
    public func beginImportedEpisodes() async throws {
        let onCommit = database.dialect.name == "postgresql" ? " ON COMMIT DROP" : ""
        try await database.raw(
            """
            CREATE TEMPORARY TABLE imported_episode_keys (
                started_at BIGINT NOT NULL, site TEXT NOT NULL, kind TEXT NOT NULL, line INTEGER NOT NULL, digest BIGINT NOT NULL,
                PRIMARY KEY (started_at, site, kind)
            )\(unsafeRaw: onCommit)
            """
        ).run()
    }

    public func endImportedEpisodes() async throws {
        try await database.raw("DROP TABLE IF EXISTS imported_episode_keys").run()
    }

    /// Remembers `rows` (keys not repeated among them) and returns those read before, with their first line and digest.
    public func rememberImportedEpisodes(_ rows: [ImportedEpisode]) async throws -> [Episode.Key: ImportedEpisode] {
        var earlier: [Episode.Key: ImportedEpisode] = [:]
        for batch in rows.chunked(into: 300) {
            let times = Array(Set(batch.map(\.key.epochSeconds)))
            let found = try await database.select().columns("started_at", "site", "kind", "line", "digest").from("imported_episode_keys")
                .where("started_at", .in, Array(times)).all()
            for row in found {
                guard let site = BodySite(rawValue: try row.decode(column: "site", as: String.self)),
                    let kind = EpisodeKind(rawValue: try row.decode(column: "kind", as: String.self))
                else { continue }
                let key = Episode.Key(epochSeconds: try row.decode(column: "started_at", as: Int64.self), site: site, kind: kind)
                earlier[key] = ImportedEpisode(
                    key: key,
                    line: try row.decode(column: "line", as: Int.self),
                    digest: try row.decode(column: "digest", as: Int64.self)
                )
            }
            let fresh = batch.filter { earlier[$0.key] == nil }
            guard !fresh.isEmpty else { continue }
            var insert = database.insert(into: "imported_episode_keys").columns("started_at", "site", "kind", "line", "digest")
            for row in fresh { insert = insert.values(row.key.epochSeconds, row.key.site.rawValue, row.key.kind.rawValue, row.line, row.digest) }
            try await insert.run()
        }
        return earlier
    }

    /// The stored episodes with these keys.
    public func episodes(withKeys keys: [Episode.Key]) async throws -> [Episode.Key: Episode] {
        var found: [Episode.Key: Episode] = [:]
        let wanted = Set(keys)
        for batch in Array(Set(keys.map(\.epochSeconds))).chunked(into: 300) {
            let rows = try await database.raw(
                """
                SELECT \(unsafeRaw: Self.episodeColumns) FROM episodes
                WHERE owner_id = \(bind: owner.rawValue) AND started_at IN (\(binds: Array(batch)))
                """
            ).all()
            for row in rows {
                let episode = try decodeEpisode(row)
                if wanted.contains(episode.key) { found[episode.key] = episode }
            }
        }
        return found
    }
}
