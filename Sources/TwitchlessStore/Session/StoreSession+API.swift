import SQLKit
public import TwitchlessCore

/// An episode with its stored id, for the web app and the JSON API.
public struct StoredEpisode: Hashable, Sendable {
    public var id: EpisodeID
    public var episode: Episode

    public init(id: EpisodeID, episode: Episode) {
        self.id = id
        self.episode = episode
    }
}

/// A response already given to a request with the same idempotency key.
public struct IdempotentResponse: Hashable, Sendable {
    public var requestHash: String
    public var status: Int
    public var body: String

    public init(requestHash: String, status: Int, body: String) {
        self.requestHash = requestHash
        self.status = status
        self.body = body
    }
}

extension StoreSession {
    /// Episodes newest first, `limit` at a time, starting after the cursor (the last page's final started_at and id).
    public func episodePage(after cursor: (startedAt: Int64, id: EpisodeID)?, limit: Int) async throws -> [StoredEpisode] {
        let rows: [any SQLRow]
        if let cursor {
            rows = try await database.raw(
                """
                SELECT id, \(unsafeRaw: Self.episodeColumns) FROM episodes
                WHERE owner_id = \(bind: owner.rawValue)
                  AND (started_at < \(bind: cursor.startedAt) OR (started_at = \(bind: cursor.startedAt) AND id < \(bind: cursor.id.rawValue)))
                ORDER BY started_at DESC, id DESC LIMIT \(literal: limit)
                """
            ).all()
        } else {
            rows = try await database.raw(
                """
                SELECT id, \(unsafeRaw: Self.episodeColumns) FROM episodes WHERE owner_id = \(bind: owner.rawValue)
                ORDER BY started_at DESC, id DESC LIMIT \(literal: limit)
                """
            ).all()
        }
        return try rows.map { StoredEpisode(id: try $0.value("id"), episode: try decodeEpisode($0)) }
    }

    /// The owner's episode with this id, or nil (also for another person's id).
    public func storedEpisode(id: EpisodeID) async throws -> StoredEpisode? {
        try await database.raw(
            """
            SELECT id, \(unsafeRaw: Self.episodeColumns) FROM episodes WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            """
        ).first().map { StoredEpisode(id: try $0.value("id"), episode: try decodeEpisode($0)) }
    }

    /// Adds one episode and returns it with its id; an episode with the same instant, site and kind is returned as stored.
    public func insertEpisode(_ episode: Episode) async throws -> (StoredEpisode, isNew: Bool) {
        let id = newID()
        let inserted = try await EpisodeInsert.rows(
            [
                .text(id), .text(owner.rawValue), .integer(episode.startedAt.epochSeconds), .integer(Int64(episode.startedAt.utcOffsetSeconds)),
                .text(episode.localDate.description), .text(episode.site.rawValue), .text(episode.kind.rawValue),
                .integer(episode.intensity.map(Int64.init)), .integer(episode.durationSeconds.map(Int64.init)),
                .integer(episode.pain.map(Int64.init)),
                .text(episode.note), .text(now()),
            ],
            on: database
        )
        if !inserted.isEmpty { return (StoredEpisode(id: EpisodeID(id), episode: episode), true) }
        guard
            let existing = try await database.raw(
                """
                SELECT id, \(unsafeRaw: Self.episodeColumns) FROM episodes
                WHERE owner_id = \(bind: owner.rawValue) AND started_at = \(bind: episode.startedAt.epochSeconds)
                  AND site = \(bind: episode.site.rawValue) AND kind = \(bind: episode.kind.rawValue)
                """
            ).first()
        else { throw StoreDecodingError.badValue("episode not stored") }
        return (StoredEpisode(id: try existing.value("id"), episode: try decodeEpisode(existing)), false)
    }

    /// Today's episodes with their ids, oldest first.
    public func storedEpisodes(on date: LocalDate) async throws -> [StoredEpisode] {
        try await database.raw(
            """
            SELECT id, \(unsafeRaw: Self.episodeColumns) FROM episodes
            WHERE owner_id = \(bind: owner.rawValue) AND local_date = \(bind: date.description) ORDER BY started_at, id
            """
        ).all().map { StoredEpisode(id: try $0.value("id"), episode: try decodeEpisode($0)) }
    }

    /// Deletes the owner's episode with this id; false when there is none (also for another person's id).
    public func deleteEpisode(id: EpisodeID) async throws -> Bool {
        let rows = try await database.raw(
            """
            DELETE FROM episodes WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue) RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// The response stored for an idempotency key, if any.
    public func idempotentResponse(key: String) async throws -> IdempotentResponse? {
        try await database.raw(
            """
            SELECT request_hash, status, body FROM idempotency_keys WHERE owner_id = \(bind: owner.rawValue) AND key = \(bind: key)
            """
        ).first().map { IdempotentResponse(requestHash: try $0.value("request_hash"), status: try $0.value("status"), body: try $0.value("body")) }
    }

    /// Takes the key for this transaction, so a simultaneous request with it can be told it is being handled. On
    /// PostgreSQL a transaction-level advisory lock that is never waited for (false when another transaction holds
    /// it); on SQLite the write transaction itself is the lock (one writer at a time), so always true.
    public func lockIdempotencyKey(_ key: String) async throws -> Bool {
        guard engine == .postgresql else { return true }
        let row = try await database.raw(
            """
            SELECT pg_try_advisory_xact_lock(hashtextextended(\(bind: owner.rawValue + "\n" + key), 0)) AS locked
            """
        ).first()
        return try row?.decode(column: "locked", as: Bool.self) ?? false
    }

    /// Remembers the answer to a request with an idempotency key, in the same transaction as its write.
    public func saveIdempotentResponse(key: String, _ response: IdempotentResponse, at epochSeconds: Int64) async throws {
        try await database.insert(into: "idempotency_keys").columns("owner_id", "key", "request_hash", "status", "body", "created_at")
            .values(owner.rawValue, key, response.requestHash, response.status, response.body, epochSeconds).run()
    }
}

/// One episode, unless one with the same instant, site and kind is already stored; returns the new id when it was added.
enum EpisodeInsert: HotStatement {
    static let sql = """
        INSERT INTO episodes (id, owner_id, started_at, utc_offset_seconds, local_date, site, kind,
                              intensity, duration_seconds, pain, note, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        ON CONFLICT (owner_id, started_at, site, kind) DO NOTHING RETURNING id
        """
    static let parameterTypes: [HotValue.Kind] = [
        .text, .text, .integer, .integer, .text, .text, .text,
        .integer, .integer, .integer, .text, .text,
    ]
}
