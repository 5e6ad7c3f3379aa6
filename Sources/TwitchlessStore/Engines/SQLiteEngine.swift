import SQLKit
import SQLiteKit
import Logging

/// SQLite: one connection, one transaction at a time (SQLite has one writer anyway).
struct SQLiteEngine: StoreEngine {
    let connection: SQLiteConnection
    let database: any SQLDatabase
    private let lock = AsyncSerialLock()

    init(connection: SQLiteConnection) {
        self.connection = connection
        self.database = connection.sql(queryLogLevel: .trace)
    }

    var name: String { "sqlite" }

    func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await lock.withLock { try await body(database) }
    }

    func close() async {
        try? await connection.close()
    }
}
