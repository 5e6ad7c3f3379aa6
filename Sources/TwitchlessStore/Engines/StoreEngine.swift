import SQLKit

/// One database engine: it runs a transaction on a single connection and closes its connections.
protocol StoreEngine: Sendable {
    /// "sqlite" or "postgresql".
    var kind: DatabaseEngine { get }
    /// Runs `body` on one connection between `begin` and COMMIT (ROLLBACK when it throws).
    func transaction<T: Sendable>(begin: String, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `body` on one connection outside a transaction (migrations manage their own).
    func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `body` on a connection for reading only, which need not wait for writers.
    func withReadDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func close() async
    /// True when commits are not flushed one by one (SQLite in a server).
    var isRelaxedSync: Bool { get }
}

extension StoreEngine {
    func withReadDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withDatabase(body)
    }

    /// A transaction that only reads, on a reading connection.
    func readTransaction<T: Sendable>(begin: String, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withReadDatabase { database in try await Self.run(begin: begin, on: database, body) }
    }

    func transaction<T: Sendable>(begin: String, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withDatabase { database in try await Self.run(begin: begin, on: database, body) }
    }

    /// `body` between `begin` and COMMIT on one connection; ROLLBACK when it throws.
    private static func run<T: Sendable>(
        begin: String,
        on database: any SQLDatabase,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await database.raw(SQLQueryString(begin)).run()
        do {
            let result = try await body(database)
            try await database.raw("COMMIT").run()
            return result
        } catch {
            try? await database.raw("ROLLBACK").run()
            throw error
        }
    }
}
