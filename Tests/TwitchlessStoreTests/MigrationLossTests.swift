import Foundation
import SQLKit
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessStore

/// A migration cut off by losing the database server in its middle (its connection ended by the server, as when a
/// primary dies) leaves nothing behind, and runs in full the next time.
@Suite("A migration cut off", .timeLimit(.minutes(5)))
struct MigrationLossTests {
    @Test("The server lost in the middle of a migration: nothing of it is applied; the next run applies all of it")
    func cutOffThenRetried() async throws {
        try await TestStores.with(.postgres) { store in try await Self.cutOffThenRetried(store) }
    }

    static func cutOffThenRetried(_ store: TwitchlessStore) async throws {
        let cutOff = Migration(
            name: "test_cut_off",
            statements: [
                "CREATE TABLE cut_off_first (id TEXT PRIMARY KEY)",
                "INSERT INTO cut_off_first (id) VALUES ('a')",
                // The server ends this very connection, as a dying primary does, between two statements.
                "SELECT pg_terminate_backend(pg_backend_pid())",
                "CREATE TABLE cut_off_second (id TEXT PRIMARY KEY)",
            ]
        )
        await #expect(throws: (any Error).self) {
            try await store.withDatabase { database in
                try await Migrator.migrate(database, engine: .postgresql, at: "2026-11-24T18:00:00Z", migrations: Migration.all + [cutOff])
            }
        }
        let left = try await Self.count(
            "SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('cut_off_first', 'cut_off_second')",
            store
        )
        #expect(left == 0, "the cut-off migration left tables behind")
        let recorded = try await Self.count("SELECT count(*) AS n FROM schema_migrations WHERE name = 'test_cut_off'", store)
        #expect(recorded == 0)
        // Run again (the server back, the statement that cut it off gone): applied in full, once.
        var whole = cutOff
        whole.statements.remove(at: 2)
        let wholeMigration = whole
        _ = try await Self.count("SELECT 1 AS n", store)
        try await store.withDatabase { database in
            try await Migrator.migrate(database, engine: .postgresql, at: "2026-11-24T18:01:00Z", migrations: Migration.all + [wholeMigration])
        }
        let rows = try await Self.count(
            "SELECT (SELECT count(*) FROM cut_off_first) + (SELECT count(*) FROM schema_migrations WHERE name = 'test_cut_off') AS n",
            store
        )
        #expect(rows == 2)
    }

    /// A count, asked again on another connection if the pool handed out the one the server ended.
    static func count(_ sql: String, _ store: TwitchlessStore) async throws -> Int? {
        for attempt in 1...3 {
            do {
                return try await store.withDatabase { database in
                    try await database.raw(SQLQueryString(sql)).first()?.decode(column: "n", as: Int.self)
                }
            } catch  where attempt < 3 {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        return nil
    }
}
