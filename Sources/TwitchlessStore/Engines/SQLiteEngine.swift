import Logging
import SQLKit
import SQLiteKit
import Synchronization

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
    private let checkpointConnection: SQLiteConnection?
    /// Tells the checkpointer to finish. A flag rather than task cancellation, because a cancelled task could not
    /// close its connection (the close would be cancelled too).
    private let stopping = StopFlag()

    final class StopFlag: Sendable {
        private let flag = Atomic<Bool>(false)
        var isSet: Bool { flag.load(ordering: .relaxed) }
        func set() { flag.store(true, ordering: .relaxed) }
    }

    init(connection: SQLiteConnection, readers: [SQLiteConnection] = [], checkpointConnection: SQLiteConnection? = nil, isServer: Bool = false) {
        self.connection = connection
        self.isRelaxedSync = isServer
        self.database = connection.sql(queryLogLevel: nil)
        self.readers = readers.map { ($0, $0.sql(queryLogLevel: nil), AsyncSerialLock()) }
        self.checkpointConnection = checkpointConnection
        if let checkpoint = checkpointConnection {
            let sql = checkpoint.sql(queryLogLevel: nil)
            self.checkpointer = Task { [stopping] in
                while !stopping.isSet {
                    try? await Task.sleep(for: .milliseconds(250))
                    // PASSIVE never waits for readers or the writer; it copies what it can.
                    _ = try? await sql.raw("PRAGMA wal_checkpoint(PASSIVE)").all()
                }
            }
        } else {
            self.checkpointer = nil
        }
    }

    var kind: DatabaseEngine { .sqlite }

    func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await lock.withLock { try await body(database) }
    }

    func withReadDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        guard !readers.isEmpty else { return try await withDatabase(body) }
        let reader = readers[next.wrappingAdd(1, ordering: .relaxed).oldValue % readers.count]
        return try await reader.lock.withLock { try await body(reader.database) }
    }

    func close() async {
        stopping.set()
        _ = await checkpointer?.value
        if let checkpointConnection {
            _ = try? await checkpointConnection.sql(queryLogLevel: nil).raw("PRAGMA wal_checkpoint(PASSIVE)").all()
            try? await checkpointConnection.close()
        }
        for reader in readers { try? await reader.connection.close() }
        try? await connection.close()
    }
}
