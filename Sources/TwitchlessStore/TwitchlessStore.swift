import Foundation
public import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresKit
import PostgresNIO
import SQLKit
import SQLiteKit
public import TwitchlessCore

/// The database: one schema and one set of engine-neutral SQLKit queries, on SQLite or PostgreSQL.
///
/// Opening runs pending migrations. Every change happens inside `write`, one transaction that commits
/// before `write` returns, so a command reports success only for data that is on disk.
public final class TwitchlessStore: Sendable {
    public let location: DatabaseLocation
    let engine: any StoreEngine
    /// Where the store's time comes from (when rows were made, sessions, idempotency keys).
    public let clock: WallClock

    private init(location: DatabaseLocation, engine: any StoreEngine, clock: WallClock) {
        self.location = location
        self.engine = engine
        self.clock = clock
    }

    /// The database the store runs on.
    public var engineKind: DatabaseEngine { engine.kind }

    /// Opens (or creates) the database and brings its schema up to date.
    /// - Throws: `unavailable` when the file, its folder or the server can't be used, with what to do about it.
    /// How the store is used: one command at a time, or a server with many requests at once.
    public enum Workload: Sendable {
        /// One connection; every SQLite commit is flushed to disk before it returns (synchronous=FULL).
        case commandLine
        /// SQLite gets two extra connections for reading alongside the writer, and commits are flushed by WAL
        /// checkpoints (synchronous=NORMAL): an acknowledged write survives the process being killed, and a power
        /// cut can lose only the last moments before it.
        case server
    }

    public static func open(
        _ location: DatabaseLocation,
        workload: Workload = .commandLine,
        clock: WallClock = .system,
        logger: Logger = Logger(label: "twitchless.store")
    ) async throws(TwitchlessError) -> TwitchlessStore {
        let store: TwitchlessStore
        switch location {
        case .sqliteFile, .memory:
            store = TwitchlessStore(location: location, engine: try await openSQLite(location, workload: workload, logger: logger), clock: clock)
        case .postgres(let url):
            let (probe, configuration) = try postgresConfiguration(url)
            // One direct connection first, so an unreachable server or a refused login fails at once with a plain message.
            do {
                let connection = try await PostgresConnection.connect(configuration: probe, id: 0, logger: logger)
                try await connection.close()
            } catch let error as PSQLError where error.code == .server {
                throw Self.storageError(error, path: location.description)
            } catch {
                // No answer at all: a name that doesn't resolve, nothing listening, or no route to the host.
                let host = probe.host.map { "\($0), port \(probe.port ?? 5432)" } ?? probe.unixSocketPath ?? "the address given"
                throw TwitchlessError(
                    .unavailable,
                    "The database server at \(location.description) could not be reached (nothing answered at \(host)), so nothing was opened.",
                    fix: "Check that PostgreSQL is running there and that the host and port in the database address are right.",
                    next: .chooseDatabase,
                    cause: error
                )
            }
            var quiet = logger
            quiet.logLevel = .error
            store = TwitchlessStore(location: location, engine: PostgresEngine(configuration: configuration, logger: quiet), clock: clock)
        }
        do {
            try await store.prepareRetryingLoss()
        } catch let error as MigrationError {
            await store.close()
            guard case .newerDatabase(let name) = error else { throw TwitchlessError(.internalFailure, "The database could not be prepared.") }
            throw TwitchlessError(
                .unavailable,
                "This database was written by a newer version of Twitchless (it has the change \"\(name)\").",
                fix: "Please update Twitchless to open it. Your data has not been changed."
            )
        } catch {
            await store.close()
            throw Self.storageError(error, path: location.description)
        }
        return store
    }

    private static func openSQLite(_ location: DatabaseLocation, workload: Workload, logger: Logger) async throws(TwitchlessError) -> SQLiteEngine {
        var path = ":memory:"
        if case .sqliteFile(let file) = location {
            path = file
            let folder = (file as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
                throw TwitchlessError(
                    .unavailable,
                    "The folder \(folder) for the database does not exist.",
                    fix: "Create it first (mkdir -p \"\(folder)\"), or choose another database file.",
                    next: .chooseDatabase
                )
            }
        }
        let isNew = path != ":memory:" && !FileManager.default.fileExists(atPath: path)
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: path == ":memory:" ? .memory : .file(path: path),
                threadPool: NIOThreadPool.singleton,
                logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
        } catch {
            throw TwitchlessError(
                .unavailable,
                "The database at \(path) could not be opened.",
                fix: "Check that the file is readable and writable, or choose another database file.",
                next: .chooseDatabase,
                cause: error
            )
        }
        if isNew {
            // Health data: readable by this user only (SQLite gives its -wal and -shm files the same mode).
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        var readers: [SQLiteConnection] = []
        var checkpointConnection: SQLiteConnection?
        if case .server = workload, path != ":memory:" {
            do {
                // The writer sets WAL mode first (in prepare); readers open lazily into it.
                let sql = connection.sql(queryLogLevel: nil)
                try await sql.raw("PRAGMA journal_mode = WAL").run()
                try await sql.raw("PRAGMA synchronous = NORMAL").run()
                // The writer never checkpoints; a background connection does, so no write waits for it.
                try await sql.raw("PRAGMA wal_autocheckpoint = 0").run()
                checkpointConnection = try await SQLiteConnection.open(
                    storage: .file(path: path),
                    threadPool: NIOThreadPool.singleton,
                    logger: logger,
                    on: MultiThreadedEventLoopGroup.singleton.any()
                )
                for _ in 0..<2 {
                    let reader = try await SQLiteConnection.open(
                        storage: .file(path: path),
                        threadPool: NIOThreadPool.singleton,
                        logger: logger,
                        on: MultiThreadedEventLoopGroup.singleton.any()
                    )
                    try await reader.sql(queryLogLevel: nil).raw("PRAGMA query_only = ON").run()
                    readers.append(reader)
                }
            } catch {
                for reader in readers { try? await reader.close() }
                try? await checkpointConnection?.close()
                try? await connection.close()
                throw storageError(error, path: path)
            }
        }
        return SQLiteEngine(connection: connection, readers: readers, checkpointConnection: checkpointConnection, isServer: workload == .server)
    }

    /// The client settings for a PostgreSQL URL.
    static func postgresConfiguration(_ url: String) throws(TwitchlessError) -> (PostgresConnection.Configuration, PostgresClient.Configuration) {
        let parsed: SQLPostgresConfiguration
        do {
            parsed = try SQLPostgresConfiguration(url: url)
        } catch {
            throw TwitchlessError(
                .invalidInput,
                "\"\(DatabaseLocation.redacted(url))\" is not a PostgreSQL address we can read.",
                fix: "Use a URL like postgres://user:password@localhost:5432/twitchless (add ?sslmode=require for TLS).",
                cause: error
            )
        }
        let core = parsed.coreConfiguration
        var configuration: PostgresClient.Configuration
        if let socket = core.unixSocketPath {
            configuration = .init(unixSocketPath: socket, username: core.username, password: core.password, database: core.database)
        } else {
            let tls: PostgresClient.Configuration.TLS =
                core.tls.isEnforced
                ? .require(.makeClientConfiguration())
                : core.tls.isAllowed ? .prefer(.makeClientConfiguration()) : .disable
            configuration = .init(
                host: core.host ?? "localhost",
                port: core.port ?? 5432,
                username: core.username,
                password: core.password,
                database: core.database,
                tls: tls
            )
        }
        configuration.options.maximumConnections = 16
        configuration.options.connectTimeout = .seconds(5)
        var probe = core
        probe.options.connectTimeout = .seconds(5)
        return (probe, configuration)
    }

    /// Turns on SQLite's safety settings, runs the migrations and makes sure the local owner exists.
    private func prepare() async throws {
        try await engine.withDatabase { database in
            if self.engine.kind == .sqlite {
                // A file that isn't a database fails here, before anything is written.
                try await database.raw("PRAGMA foreign_keys = ON").run()
                if case .sqliteFile = self.location {
                    try await database.raw("PRAGMA journal_mode = WAL").run()
                    try await database.raw(self.engine.isRelaxedSync ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL").run()
                }
                try await Migrator.migrate(database, engine: self.engine.kind, at: self.nowText())
            } else {
                // Several servers may start at once: one migrates while the others wait.
                try await database.raw("SELECT pg_advisory_lock(\(literal: Self.migrationLockKey))").run()
                do {
                    try await Migrator.migrate(database, engine: self.engine.kind, at: self.nowText())
                } catch {
                    try? await database.raw("SELECT pg_advisory_unlock(\(literal: Self.migrationLockKey))").run()
                    throw error
                }
                try await database.raw("SELECT pg_advisory_unlock(\(literal: Self.migrationLockKey))").run()
            }
            try await database.insert(into: "owners").columns("id", "created_at")
                .values(OwnerID.local.rawValue, self.nowText())
                .ignoringConflicts(with: "id").run()
        }
    }

    /// `prepare`, tried again while the server is lost (as while a cluster chooses a new primary): for up to about
    /// 30 seconds, so a server that starts during a failover waits for the new primary instead of failing.
    private func prepareRetryingLoss() async throws {
        var waited = 0
        while true {
            do {
                return try await prepare()
            } catch  where ConnectionLoss.isLoss(error) && engine.kind == .postgresql && waited < 30 {
                try? await Task.sleep(for: .seconds(2))
                waited += 2
            }
        }
    }

    /// The advisory lock key that serializes migrations across server instances ("twitchle" in ASCII).
    static let migrationLockKey = 0x7477_6974_6368_6c65

    /// Closes the connections.
    public func close() async {
        await engine.close()
    }

    /// Runs `body` in one transaction for `owner`; commits if it returns, rolls back if it throws.
    /// - Throws: the body's `TwitchlessError`, or `unavailable` for a storage failure. Nothing is changed on failure.
    /// Every write raises the owner's data version, so cached views of their data know they are out of date. On SQLite
    /// (one writer anyway) the raise is part of the transaction. On PostgreSQL it follows the commit as its own statement,
    /// so concurrent writes of one person don't queue behind the owner row for their whole transaction; if the process
    /// died in between, caches still expire on their own (see the server's cache).
    public func write<T: Sendable>(_ owner: OwnerID, _ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        if let session = try joined(owner, writing: true) { return try await joining { try await body(session) } }
        if engine.kind == .sqlite {
            return try await transaction(begin: "BEGIN IMMEDIATE", owner) { session in
                let result = try await body(session)
                try await session.database.raw("UPDATE owners SET data_version = data_version + 1 WHERE id = \(bind: owner.rawValue)").run()
                return result
            }
        }
        let result = try await transaction(begin: "BEGIN", owner, body)
        // The change is saved: a failure from here on (the server lost just now) must not say otherwise.
        _ = try? await engine.withDatabase { database in
            try await database.raw("UPDATE owners SET data_version = data_version + 1 WHERE id = \(bind: owner.rawValue)").run()
        }
        return result
    }

    /// Logs one episode in a single statement, without an explicit transaction: the insert is atomic by itself, and a
    /// trigger raises the owner's data version within it (migration v9). A quarter of the round trips of `write`, for
    /// the busiest path. Inside a joined transaction it joins it.
    public func insertEpisode(_ owner: OwnerID, _ episode: Episode) async throws(TwitchlessError) -> (StoredEpisode, isNew: Bool) {
        if let session = try joined(owner, writing: true) { return try await joining { try await session.insertEpisode(episode) } }
        do {
            return try await engine.withDatabase { database in
                do {
                    return try await StoreSession(database: database, owner: owner, clock: clock, engine: engine.kind).insertEpisode(episode)
                } catch  where ConnectionLoss.isLoss(error) && !(error is ConnectionLoss) {
                    // A statement that commits by itself, lost on its way: it may have been saved.
                    throw ConnectionLoss.outcomeUnknown(error)
                }
            }
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }

    /// A transaction that the `write`, `read` and `accounts` calls made inside it join: a write transaction, or a read
    /// snapshot (`readJoined`) that only reads join.
    struct Joined: Sendable {
        let owner: OwnerID
        let database: any SQLDatabase
        var readOnly = false
    }

    @TaskLocal static var joined: Joined?

    /// Runs `body` in one write transaction that every `write`, `read` and `accounts` call for `owner` made inside it
    /// (however deep) joins, so everything a request does commits or rolls back together.
    public func writeJoined<T: Sendable>(_ owner: OwnerID, _ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        try await write(owner) { session in
            try await Self.$joined.withValue(Joined(owner: owner, database: session.database)) { try await body(session) }
        }
    }

    /// Runs `body` in one read snapshot that every `read` for `owner` made inside it (however deep) joins: one
    /// transaction and one connection for a page built from many reads. A write inside it is refused.
    public func readJoined<T: Sendable>(_ owner: OwnerID, _ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        if let session = try joined(owner) { return try await joining { try await body(session) } }
        return try await read(owner) { session in
            try await Self.$joined.withValue(Joined(owner: owner, database: session.database, readOnly: true)) { try await body(session) }
        }
    }

    /// The joined transaction's session, when there is one for `owner`.
    /// - Parameter writing: whether the session is to change data (refused in a read snapshot).
    func joinedSession(_ owner: OwnerID, writing: Bool = false) throws -> StoreSession? {
        guard let joined = Self.joined else { return nil }
        guard joined.owner == owner else {
            throw TwitchlessError(.internalFailure, "A request touched another person's data, so nothing was changed.")
        }
        guard !(writing && joined.readOnly) else {
            throw TwitchlessError(.internalFailure, "A change was asked for while only reading, so nothing was changed.")
        }
        return StoreSession(database: joined.database, owner: owner, clock: clock, engine: engine.kind)
    }

    /// Runs `body` to read data for `owner`, in one consistent snapshot.
    public func read<T: Sendable>(_ owner: OwnerID, _ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        if let session = try joined(owner) { return try await joining { try await body(session) } }
        do {
            return try await engine.readTransaction(begin: engine.kind == .sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                database in
                try await body(StoreSession(database: database, owner: owner, clock: clock, engine: engine.kind))
            }
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }

    private func transaction<T: Sendable>(
        begin: String,
        _ owner: OwnerID,
        _ body: @Sendable (StoreSession) async throws -> T
    ) async throws(TwitchlessError) -> T {
        do {
            return try await engine.transaction(begin: begin) { database in
                try await body(StoreSession(database: database, owner: owner, clock: clock, engine: engine.kind))
            }
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }

    /// The joined transaction's session for `owner`, typed for `write` and `read`.
    private func joined(_ owner: OwnerID, writing: Bool = false) throws(TwitchlessError) -> StoreSession? {
        do {
            return try joinedSession(owner, writing: writing)
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }

    /// Runs a joined body, with its errors in Twitchless's words.
    private func joining<T>(_ body: () async throws -> T) async throws(TwitchlessError) -> T {
        do {
            return try await body()
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }

    /// Runs `body` on one connection, outside any transaction (tests and maintenance).
    func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await engine.withDatabase(body)
    }

    static func storageError(_ error: any Error, path: String) -> TwitchlessError {
        if case ConnectionLoss.outcomeUnknown = error {
            return TwitchlessError(
                .unavailable,
                "The database stopped answering just as your change was being saved, so it may or may not have been saved.",
                fix: "Please wait a minute, then look whether it is there before you make it again.",
                cause: error
            )
        }
        if ConnectionLoss.isLoss(error) {
            // Lost before a COMMIT was sent (or with no connection at all): the server rolled any transaction back.
            return TwitchlessError(
                .unavailable,
                "The database is not answering just now, so nothing was changed.",
                fix: "Please try again in a minute.",
                cause: error
            )
        }
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .notADatabase, .corrupt:
                return TwitchlessError(
                    .unavailable,
                    "The file \(path) is not a Twitchless database, or it is damaged.",
                    fix: "Choose another database file. The file has not been changed.",
                    next: .chooseDatabase,
                    cause: error
                )
            case .full:
                return TwitchlessError(.unavailable, "The disk is full, so nothing was saved.", fix: "Free some space and try again.", cause: error)
            case .readOnly, .permission, .readonlyDirectory, .cantOpen:
                return TwitchlessError(
                    .unavailable,
                    "The database at \(path) can't be written.",
                    fix: "Check the file's permissions, or choose another database file.",
                    next: .chooseDatabase,
                    cause: error
                )
            case .busy, .locked, .busyTimeout:
                return TwitchlessError(
                    .unavailable,
                    "The database is busy with another Twitchless command.",
                    fix: "Please try again in a moment.",
                    cause: error
                )
            default: break
            }
        }
        if let postgres = error as? PSQLError {
            switch postgres.code {
            case .connectionError, .unexpectedBackendMessage, .serverClosedConnection, .clientClosedConnection, .poolClosed:
                return TwitchlessError(
                    .unavailable,
                    "The database server at \(path) could not be reached, so nothing was changed.",
                    fix: "Check that PostgreSQL is running and the address is right, then try again.",
                    cause: error
                )
            case .server:
                let state = postgres.serverInfo?[.sqlState] ?? ""
                if state.hasPrefix("28") || state == "3D000" {
                    return TwitchlessError(
                        .unavailable,
                        "The database server at \(path) refused the login or has no such database.",
                        fix: "Check the user, password and database name in the address.",
                        cause: error
                    )
                }
                if state == "40001" || state == "40P01" {
                    return TwitchlessError(
                        .unavailable,
                        "Another change to the same data happened at the same moment, so nothing was changed.",
                        fix: "Please try again.",
                        cause: error
                    )
                }
            default: break
            }
        }
        return TwitchlessError(
            .internalFailure,
            "Something went wrong while saving or reading your data, so nothing was changed.",
            fix: "Please try again. If it keeps happening, keep a copy of your database file.",
            cause: error
        )
    }

    /// A UTC instant as ISO 8601 to the second, e.g. "2026-11-24T21:15:00Z": how the store records when rows were made.
    static func timestampText(_ date: Date) -> String {
        Timestamp(epochSeconds: Int64(date.timeIntervalSince1970.rounded(.down)), utcOffsetSeconds: 0).iso8601
    }

    /// The store clock's time as the store records it.
    public func nowText() -> String { Self.timestampText(clock.now()) }
}

extension TwitchlessStore {
    /// Runs one read over the accounts tables outside a transaction (a single statement is consistent by itself),
    /// so looking up a session on every request never waits for a write lock.
    public func accountsLookup<T: Sendable>(_ body: @Sendable (AccountSession) async throws -> T) async throws(TwitchlessError) -> T {
        do {
            return try await engine.withReadDatabase { database in try await body(AccountSession(database: database, clock: clock)) }
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }

    /// Runs `body` in one transaction over the accounts tables.
    public func accounts<T: Sendable>(_ body: @Sendable (AccountSession) async throws -> T) async throws(TwitchlessError) -> T {
        if let joined = Self.joined {
            // Its own transaction would wait for the connection the snapshot holds (SQLite's one, or a full pool).
            guard !joined.readOnly else {
                throw TwitchlessError(.internalFailure, "An account change was asked for while only reading, so nothing was changed.")
            }
            let database = joined.database
            return try await joining { try await body(AccountSession(database: database, clock: clock)) }
        }
        do {
            return try await engine.transaction(begin: engine.kind == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN") { database in
                try await body(AccountSession(database: database, clock: clock))
            }
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }
}
