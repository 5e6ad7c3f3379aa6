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
        try await Self.retryingLostBegin { try await withReadDatabase { database in try await Self.run(begin: begin, on: database, body) } }
    }

    func transaction<T: Sendable>(begin: String, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await Self.retryingLostBegin { try await withDatabase { database in try await Self.run(begin: begin, on: database, body) } }
    }

    /// Runs `attempt` again (up to three times in all, a moment apart) when its connection turned out to be lost before
    /// its transaction began, as a pooled connection to a server that has just failed over does.
    private static func retryingLostBegin<T>(_ attempt: () async throws -> T) async throws -> T {
        var tries = 0
        while true {
            do {
                return try await attempt()
            } catch ConnectionLoss.beforeBegin(let cause) {
                tries += 1
                guard tries < 3 else { throw ConnectionLoss.beforeBegin(cause) }
                try? await Task.sleep(for: .milliseconds(100 * tries))
            }
        }
    }

    /// `body` between `begin` and COMMIT on one connection; ROLLBACK when it throws. A lost connection is told apart
    /// by when it was lost (see `ConnectionLoss`): a body that fails leaves nothing, since nothing was committed.
    private static func run<T: Sendable>(
        begin: String,
        on database: any SQLDatabase,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        do {
            try await database.raw(SQLQueryString(begin)).run()
        } catch  where ConnectionLoss.isLoss(error) {
            throw ConnectionLoss.beforeBegin(error)
        }
        let result: T
        do {
            result = try await body(database)
        } catch {
            // A lost connection's transaction is rolled back by the server; a ROLLBACK sent on it could wait forever.
            if !ConnectionLoss.isLoss(error) { try? await database.raw("ROLLBACK").run() }
            throw error
        }
        do {
            try await database.raw("COMMIT").run()
        } catch ConnectionLoss.closed {
            // Closed before the COMMIT was sent: the server rolled the transaction back.
            throw ConnectionLoss.closed
        } catch  where ConnectionLoss.isLoss(error) {
            throw ConnectionLoss.outcomeUnknown(error)
        } catch {
            try? await database.raw("ROLLBACK").run()
            throw error
        }
        return result
    }
}
