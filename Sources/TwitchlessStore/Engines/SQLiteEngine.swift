import SQLKit
import SQLiteKit
import Synchronization
import Logging

/// SQLite: one writing connection, one transaction at a time (SQLite has one writer anyway), and optionally a few
/// reading connections that see the last committed state without waiting for the writer (WAL mode).
final class SQLiteEngine: StoreEngine {
    let connection: SQLiteConnection
    let database: any SQLDatabase
    private let lock = AsyncSerialLock()
    private let readers: [(connection: SQLiteConnection, database: any SQLDatabase, lock: AsyncSerialLock)]
    private let next = Atomic<Int>(0)

    /// True for a server's store: commits are flushed by WAL checkpoints (synchronous=NORMAL).
    let isRelaxedSync: Bool

    /// Copies the WAL into the database in the background (a server's store), so writers never stop for it.
    private let checkpointer: Task<Void, Never>?

    init(connection: SQLiteConnection, readers: [SQLiteConnection] = [], checkpointConnection: SQLiteConnection? = nil, isServer: Bool = false) {
        self.connection = connection
        self.isRelaxedSync = isServer
        self.database = connection.sql(queryLogLevel: .trace)
        self.readers = readers.map { ($0, $0.sql(queryLogLevel: .trace), AsyncSerialLock()) }
        self.checkpointer = checkpointConnection.map { checkpoint in
            Task {
                let sql = checkpoint.sql()
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(250))
                    // PASSIVE never waits for readers or the writer; it copies what it can.
                    _ = try? await sql.raw("PRAGMA wal_checkpoint(PASSIVE)").all()
                }
                _ = try? await sql.raw("PRAGMA wal_checkpoint(PASSIVE)").all()
                try? await checkpoint.close()
            }
        }
    }

    var name: String { "sqlite" }

    func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await lock.withLock { try await body(database) }
    }

    func withReadDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        guard !readers.isEmpty else { return try await withDatabase(body) }
        let reader = readers[next.wrappingAdd(1, ordering: .relaxed).oldValue % readers.count]
        return try await reader.lock.withLock { try await body(reader.database) }
    }

    func close() async {
        checkpointer?.cancel()
        _ = await checkpointer?.value
        for reader in readers { try? await reader.connection.close() }
        try? await connection.close()
    }
}
