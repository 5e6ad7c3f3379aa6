import Logging
import NIOCore
import PostgresKit
import PostgresNIO
import SQLKit

/// One pooled PostgreSQL connection as an SQLKit database that also keeps the connection at hand, so the statements
/// run on every request can be executed as prepared statements (see `HotStatement`).
///
/// Every statement is sent from the connection's event loop, and only while the connection is open: one sent to a
/// connection that has just closed would never be answered (see `EventLoopTaskExecutor`).
struct PostgresConnectionDatabase: SQLDatabase {
    let connection: PostgresConnection
    let base: any SQLDatabase
    private let loopExecutor: EventLoopTaskExecutor

    init(_ connection: PostgresConnection, queryLogLevel: Logger.Level?) {
        self.connection = connection
        self.base = connection.sql(queryLogLevel: queryLogLevel)
        self.loopExecutor = EventLoopTaskExecutor(connection.eventLoop)
    }

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        let (connection, base) = (connection, base)
        // On the loop, PostgresKit's future-based execute writes the statement before it returns.
        return connection.eventLoop.flatSubmit {
            connection.isClosed
                ? connection.eventLoop.makeFailedFuture(ConnectionLoss.closed) : base.execute(sql: query, onRow)
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await execute(sql: query, onRow).get()
    }

    /// Runs `body` on the connection's event loop, after checking that the connection is open: PostgresNIO's async
    /// calls then write their statement in the same turn of the loop as the check.
    func onLoop<R>(_ body: (PostgresConnection) async throws -> R) async throws -> R {
        try await withTaskExecutorPreference(loopExecutor) {
            assert(connection.eventLoop.inEventLoop, "A statement must be sent from its connection's event loop")
            try ConnectionLoss.check(connection)
            return try await body(connection)
        }
    }

    func withSession<R: Sendable>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }
}
