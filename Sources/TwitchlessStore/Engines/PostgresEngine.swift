import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL: a pool of connections shared by any number of server instances; each transaction takes one.
final class PostgresEngine: StoreEngine {
    let client: PostgresClient
    private let runner: Task<Void, Never>

    init(configuration: PostgresClient.Configuration, logger: Logger) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
    }

    var kind: DatabaseEngine { .postgresql }
    var isRelaxedSync: Bool { false }

    func withDatabase<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(PostgresConnectionDatabase(connection, queryLogLevel: nil))
        }
    }

    func close() async {
        runner.cancel()
        _ = await runner.value
    }
}
