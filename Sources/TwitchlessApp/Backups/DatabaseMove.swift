package import Foundation
package import TwitchlessCore
package import TwitchlessStore

/// Moves a whole SQLite database (every person and account) into an empty PostgreSQL database, for when a family or
/// clinic outgrows one file. The SQLite file is only read.
package enum DatabaseMove {
    package struct Outcome: Sendable {
        /// Each table and its rows, the same on both sides.
        package var tables: [TwitchlessStore.CopiedTable]
        package var target: DatabaseLocation

        package func rows(_ table: String) -> Int { tables.first { $0.name == table }?.rows ?? 0 }
        /// The people moved (each account, and the data kept without one).
        package var people: Int { rows("owners") }
        package var total: Int { tables.reduce(0) { $0 + $1.rows } }
    }

    /// - Throws: `invalidInput` for a target that is not a postgres:// address; `conflict` when it already holds data;
    ///   `unavailable` when it can't be reached. The target is left as it was on any failure.
    package static func move(
        _ source: TwitchlessStore,
        to url: String,
        clock: WallClock,
        progress: @Sendable (String, Int) -> Void = { _, _ in }
    ) async throws(TwitchlessError) -> Outcome {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") else {
            throw .invalidInput(
                "\"\(url)\" is not a PostgreSQL address.",
                fix: "Give one like postgres://user:password@localhost:5432/twitchless, for a new, empty database."
            )
        }
        let target = try await TwitchlessStore.open(.postgres(url: url), clock: clock)
        do {
            let tables = try await source.copyEverything(to: target, progress: progress)
            await target.close()
            return Outcome(tables: tables, target: target.location)
        } catch {
            await target.close()
            throw error
        }
    }
}
