import Logging
import PostgresKit
import PostgresNIO
import SQLKit
import Synchronization

/// PostgreSQL: a pool of connections shared by any number of server instances; each transaction takes one.
///
/// The pool keeps trying to connect while no server accepts connections (a failover, a restart) and would hold every
/// request until one does; `leaseTimeout` bounds that wait, so a request is told the database is unavailable instead.
final class PostgresEngine: StoreEngine {
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let leaseTimeout: Duration

    init(configuration: PostgresClient.Configuration, leaseTimeout: Duration = .seconds(3), logger: Logger) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.leaseTimeout = leaseTimeout
        self.runner = Task { await client.run() }
    }

    var kind: DatabaseEngine { .postgresql }
    var isRelaxedSync: Bool { false }

    func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let lease = LeaseState()
        let timeout = leaseTimeout
        return try await withoutActuallyEscaping(body) { body in
            let box = BodyBox(body: body)
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { [client] in
                    try await client.withConnection { connection in
                        guard lease.begin() else { throw ConnectionLoss.noServer }
                        return try await box.body(PostgresConnectionDatabase(connection, queryLogLevel: nil))
                    }
                }
                group.addTask {
                    // Cancelled once the work is done; otherwise gives up on a lease still waiting.
                    guard (try? await Task.sleep(for: timeout)) != nil, lease.giveUp() else { return nil }
                    throw ConnectionLoss.noServer
                }
                while let next = try await group.next() {
                    if let result = next {
                        group.cancelAll()
                        return result
                    }
                }
                throw ConnectionLoss.noServer
            }
        }
    }

    /// Reads are run again when their connection is lost, as once a failover has cut the pool's connections: reading
    /// twice changes nothing.
    func withReadDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await withDatabase(body)
        } catch  where ConnectionLoss.isLoss(error) && !Self.isNoServer(error) {
            return try await withDatabase(body)
        }
    }

    private static func isNoServer(_ error: any Error) -> Bool {
        if case ConnectionLoss.noServer = error { return true }
        return false
    }

    func close() async {
        runner.cancel()
        _ = await runner.value
    }
}

/// Whether a lease got its connection before the wait for it was given up; whichever happens first wins.
private final class LeaseState: Sendable {
    private enum Phase { case waiting, leased, gaveUp }
    private let phase = Mutex(Phase.waiting)

    /// True when the connection came in time; the body runs then.
    func begin() -> Bool {
        phase.withLock { phase in
            guard phase == .waiting else { return false }
            phase = .leased
            return true
        }
    }

    /// True when no connection has come yet: the lease is abandoned.
    func giveUp() -> Bool {
        phase.withLock { phase in
            guard phase == .waiting else { return false }
            phase = .gaveUp
            return true
        }
    }
}

/// The caller's body, carried into the leasing child task, which the task group awaits before returning.
private struct BodyBox<T>: @unchecked Sendable {
    // Used only within the `withoutActuallyEscaping` scope that made it.
    let body: @Sendable (any SQLDatabase) async throws -> T
}
