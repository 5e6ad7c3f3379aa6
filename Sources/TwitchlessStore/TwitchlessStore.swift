public import TwitchlessCore
import SQLKit
import SQLiteKit
import NIOCore
import NIOPosix
public import Logging
import Foundation

/// The database: one schema and one set of engine-neutral SQLKit queries.
///
/// Opening runs pending migrations. Every change happens inside `write`, one transaction that commits
/// before `write` returns, so a command reports success only for data that is on disk.
public final class TwitchlessStore: Sendable {
    public let location: DatabaseLocation
    let connection: SQLiteConnection
    let database: any SQLDatabase

    private init(location: DatabaseLocation, connection: SQLiteConnection, database: any SQLDatabase) {
        self.location = location
        self.connection = connection
        self.database = database
    }

    /// Opens (or creates) the database and brings its schema up to date.
    /// - Throws: `unavailable` when the file or its folder can't be used, with what to do about it.
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "twitchless.store")) async throws(TwitchlessError) -> TwitchlessStore {
        let path: String
        switch location {
        case .sqliteFile(let file):
            path = file
            let folder = (file as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
                throw TwitchlessError(.unavailable, "The folder \(folder) for the database does not exist.",
                                      fix: "Create it first (mkdir -p \"\(folder)\"), or choose another path with --database.")
            }
        case .memory:
            path = ":memory:"
        }
        let isNew = path != ":memory:" && !FileManager.default.fileExists(atPath: path)
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: path == ":memory:" ? .memory : .file(path: path),
                threadPool: NIOThreadPool.singleton, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
        } catch {
            throw TwitchlessError(.unavailable, "The database at \(path) could not be opened.",
                                  fix: "Check that the file is readable and writable, or choose another path with --database.", cause: error)
        }
        if isNew {
            // Health data: readable by this user only (SQLite gives its -wal and -shm files the same mode).
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        let database = connection.sql(queryLogLevel: .trace)
        let store = TwitchlessStore(location: location, connection: connection, database: database)
        do {
            // A file that isn't a database fails here, before anything is written.
            try await database.raw("PRAGMA foreign_keys = ON").run()
            if case .sqliteFile = location {
                try await database.raw("PRAGMA journal_mode = WAL").run()
                try await database.raw("PRAGMA synchronous = FULL").run()
            }
            try await Migrator.migrate(database)
            try await database.insert(into: "owners").columns("id", "created_at")
                .values(OwnerID.local.rawValue, Self.timestampText())
                .ignoringConflicts(with: "id").run()
        } catch let error as MigrationError {
            try? await connection.close()
            guard case .newerDatabase(let name) = error else { throw TwitchlessError(.internalFailure, "The database could not be prepared.") }
            throw TwitchlessError(.unavailable, "This database was written by a newer version of Twitchless (it has the change \"\(name)\").",
                                  fix: "Please update Twitchless to open it. Your data has not been changed.")
        } catch {
            try? await connection.close()
            throw Self.storageError(error, path: path)
        }
        return store
    }

    /// Closes the connection.
    public func close() async {
        try? await connection.close()
    }

    /// Runs `body` in one transaction for `owner`; commits if it returns, rolls back if it throws.
    /// - Throws: the body's `TwitchlessError`, or `unavailable` for a storage failure. Nothing is changed on failure.
    public func write<T: Sendable>(_ owner: OwnerID, _ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        try await transaction(begin: Self.beginWrite(database), owner, body)
    }

    /// Runs `body` to read data for `owner`, in one consistent snapshot.
    public func read<T: Sendable>(_ owner: OwnerID, _ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        try await transaction(begin: "BEGIN", owner, body)
    }

    private func transaction<T: Sendable>(begin: String, _ owner: OwnerID, _ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        let session = StoreSession(database: database, owner: owner)
        do {
            try await database.raw(SQLQueryString(begin)).run()
        } catch {
            throw Self.storageError(error, path: location.description)
        }
        do {
            let result = try await body(session)
            try await database.raw("COMMIT").run()
            return result
        } catch {
            try? await database.raw("ROLLBACK").run()
            if let error = error as? TwitchlessError { throw error }
            throw Self.storageError(error, path: location.description)
        }
    }

    /// SQLite takes the write lock at BEGIN IMMEDIATE, so two writers never deadlock half-way.
    static func beginWrite(_ database: any SQLDatabase) -> String {
        database.dialect.name == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN"
    }

    static func storageError(_ error: any Error, path: String) -> TwitchlessError {
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .notADatabase, .corrupt:
                return TwitchlessError(.unavailable, "The file \(path) is not a Twitchless database, or it is damaged.",
                                       fix: "Choose another path with --database. The file has not been changed.", cause: error)
            case .full:
                return TwitchlessError(.unavailable, "The disk is full, so nothing was saved.", fix: "Free some space and try again.", cause: error)
            case .readOnly, .permission, .readonlyDirectory, .cantOpen:
                return TwitchlessError(.unavailable, "The database at \(path) can't be written.",
                                       fix: "Check the file's permissions, or choose another path with --database.", cause: error)
            case .busy, .locked, .busyTimeout:
                return TwitchlessError(.unavailable, "The database is busy with another Twitchless command.",
                                       fix: "Please try again in a moment.", cause: error)
            default: break
            }
        }
        return TwitchlessError(.internalFailure, "Something went wrong while saving or reading your data, so nothing was changed.",
                               fix: "Please try again. If it keeps happening, keep a copy of your database file.", cause: error)
    }

    static func timestampText(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
