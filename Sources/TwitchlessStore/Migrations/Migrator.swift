import Foundation
import SQLKit

/// Runs the migrations a database has not seen yet, each in its own transaction, and records them: a migration cut off
/// (the server lost in the middle) leaves nothing, and runs again in full next time.
enum Migrator {
    static func migrate(_ database: any SQLDatabase, engine: DatabaseEngine, at now: String, migrations: [Migration] = Migration.all) async throws {
        try await database.raw(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                name TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL
            )
            """
        ).run()
        let applied = Set(
            try await database.raw("SELECT name FROM schema_migrations").all().map {
                try $0.decode(column: "name", as: String.self)
            }
        )
        let known = Set(migrations.map(\.name))
        if let unknown = applied.subtracting(known).sorted().first {
            throw MigrationError.newerDatabase(unknown)
        }
        for migration in migrations where !applied.contains(migration.name) {
            try await database.raw("BEGIN").run()
            do {
                for statement in migration.statements(for: engine) {
                    try await database.raw(SQLQueryString(statement)).run()
                }
                try await database.insert(into: "schema_migrations")
                    .columns("name", "applied_at")
                    .values(migration.name, now)
                    .run()
                try await database.raw("COMMIT").run()
            } catch {
                // On a lost connection the server has rolled it back already: never half applied.
                if !ConnectionLoss.isLoss(error) { try? await database.raw("ROLLBACK").run() }
                throw error
            }
        }
    }
}

enum MigrationError: Error {
    case newerDatabase(String)
}
