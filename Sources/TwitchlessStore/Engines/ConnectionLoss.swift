import PostgresNIO
import TwitchlessCore

/// The database server was lost (stopped, failed over, or its connection cut), and at which point that matters.
enum ConnectionLoss: Error {
    /// Before the transaction began: nothing was sent, so it is safe to run again on another connection.
    case beforeBegin(any Error)
    /// While its COMMIT, or a change made without a transaction, was on its way: it may or may not have been saved.
    case outcomeUnknown(any Error)
    /// No connection could be had within the wait (no server is accepting them, as while a new primary is chosen).
    case noServer
    /// The connection had closed before a statement was sent on it: nothing was sent.
    case closed

    /// Throws `closed` when `connection` has closed. PostgresNIO never answers a statement sent on a connection whose
    /// channel has closed, so a statement must not be sent on one: it would wait forever.
    static func check(_ connection: PostgresConnection) throws {
        if connection.isClosed { throw ConnectionLoss.closed }
    }

    /// True when `error` says the connection or the server went away, rather than that a statement failed.
    static func isLoss(_ error: any Error) -> Bool {
        if error is ConnectionLoss { return true }
        // Losses put in Twitchless's words on their way out of a joined call.
        if let wrapped = error as? TwitchlessError, let cause = wrapped.cause { return isLoss(cause) }
        guard let postgres = error as? PSQLError else { return false }
        switch postgres.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .unexpectedBackendMessage:
            return true
        case .server:
            let state = postgres.serverInfo?[.sqlState] ?? ""
            // 08: connection exceptions. 57P01-57P03: the server is shutting down, crashed or is still starting.
            // 25006: a read-only transaction, as on a former primary that has just become a standby.
            return state.hasPrefix("08") || ["57P01", "57P02", "57P03", "25006"].contains(state)
        default:
            return false
        }
    }
}
