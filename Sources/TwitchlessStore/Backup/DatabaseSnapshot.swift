import Foundation
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
public import TwitchlessCore

extension TwitchlessStore {
    /// Writes a consistent copy of the whole SQLite database to `path` (which must not exist), on a connection of
    /// its own so no request waits for it, then opens the copy and checks it.
    /// - Returns: the number of people in the copy.
    /// - Throws: `unavailable` when the copy can't be written or fails its check (the copy is removed then).
    public func writeSnapshot(to path: String) async throws(TwitchlessError) -> Int {
        guard case .sqliteFile(let file) = location else {
            throw TwitchlessError(.internalFailure, "Only a SQLite database can be copied as a file.")
        }
        do {
            let source = try await SQLiteConnection.open(
                storage: .file(path: file),
                threadPool: NIOThreadPool.singleton,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
            do {
                // VACUUM INTO reads one snapshot; in WAL mode writers go on meanwhile.
                try await source.sql(queryLogLevel: nil).raw("VACUUM INTO \(bind: path)").run()
                try await source.close()
            } catch {
                try? await source.close()
                throw error
            }
            return try await Self.checkSnapshot(path)
        } catch let error as TwitchlessError {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw TwitchlessError(
                .unavailable,
                "The backup could not be written to \(path).",
                fix: "Check the folder has room and is writable.",
                cause: error
            )
        }
    }

    /// Opens a copied database and checks it: SQLite's integrity check, and the schema this version knows.
    /// - Returns: the number of people in it.
    public static func checkSnapshot(_ path: String) async throws(TwitchlessError) -> Int {
        do {
            let copy = try await SQLiteConnection.open(
                storage: .file(path: path),
                threadPool: NIOThreadPool.singleton,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
            do {
                let sql = copy.sql(queryLogLevel: nil)
                let check = try await sql.raw("PRAGMA integrity_check").all().map { try $0.decode(column: "integrity_check", as: String.self) }
                let migrations = try await sql.raw("SELECT COUNT(*) AS n FROM schema_migrations").first()?.decode(column: "n", as: Int.self) ?? 0
                let people = try await sql.raw("SELECT COUNT(*) AS n FROM owners").first()?.decode(column: "n", as: Int.self) ?? 0
                try await copy.close()
                guard check == ["ok"], migrations == Migration.all.count else {
                    throw TwitchlessError(
                        .unavailable,
                        "The backup written to \(path) failed its check, so it was removed.",
                        fix: "The next backup tries again."
                    )
                }
                return people
            } catch {
                try? await copy.close()
                throw error
            }
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw TwitchlessError(.unavailable, "The backup at \(path) could not be opened to check it.", cause: error)
        }
    }

    /// Every person in the database (for per-person backups of a whole server).
    public func allOwners() async throws(TwitchlessError) -> [OwnerID] {
        do {
            return try await withDatabase { database in
                try await database.raw("SELECT id FROM owners ORDER BY id").all().map { OwnerID(try $0.decode(column: "id", as: String.self)) }
            }
        } catch {
            throw Self.storageError(error, path: location.description)
        }
    }
}
