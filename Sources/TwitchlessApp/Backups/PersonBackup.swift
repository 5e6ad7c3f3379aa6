package import Foundation
package import TwitchlessCore
import TwitchlessIO
import TwitchlessStore

/// Everything a person has, in one file they can keep (format: `BackupFormat`), and back again into an empty account.
package enum PersonBackup {
    /// A backup written or restored, and how many rows of each kind it holds.
    package struct Outcome: Sendable {
        /// The backup file's bytes.
        package var data: Data
        package var counts: BackupCounts
    }

    /// The person's backup.
    package static func make(context: AppContext) async throws(TwitchlessError) -> Outcome {
        let tables = try await context.read { session in
            var tables: [(PersonTables.Table, [[BackupValue]])] = []
            for table in PersonTables.all { tables.append((table, try await session.backupRows(table))) }
            return tables
        }
        var writer = BackupWriter()
        for (table, rows) in tables { writer.add(table.table, rows: rows) }
        return Outcome(data: writer.finish(), counts: BackupCounts(tables.map { ($0.0.table.name, $0.1.count) }))
    }

    /// Restores `data` into the person's account, which must hold no logs yet. All or nothing: the whole file is read
    /// and checked before anything is written, in one transaction.
    /// - Throws: `invalidInput` for a file that isn't a whole, unchanged backup this version reads; `conflict` when the
    ///   account already has data or the backup's entries belong to someone else in this database.
    package static func restore(_ data: Data, context: AppContext) async throws(TwitchlessError) -> BackupCounts {
        let read = try BackupReader.read(data, tables: PersonTables.backupTables)
        try await context.write { session in
            let filled = try await session.tablesWithRows()
            guard filled.isEmpty else {
                throw TwitchlessError(
                    .conflict,
                    "Your account already holds data (\(BackupCounts.words(for: filled))), and a backup is restored only into an account with none, so nothing was mixed.",
                    fix: "Restore it into a new, empty account (or a new database file) instead. Nothing was changed."
                )
            }
            for (table, contents) in zip(PersonTables.all, read) where table.table.columns.first?.name == "id" {
                let ids = contents.rows.compactMap { row -> String? in if case .text(let id) = row.first { id } else { nil } }
                guard try await session.idsTakenByOthers(table.table.name, ids) == 0 else {
                    throw TwitchlessError(
                        .conflict,
                        "This backup's entries are still in this database under another account, so they can't be restored a second time here.",
                        fix: "Restore it into another database, or sign in to the account it came from. Nothing was changed."
                    )
                }
            }
            for (table, contents) in zip(PersonTables.all, read) {
                try await session.restoreRows(table, contents.rows)
            }
        }
        return BackupCounts(read.map { ($0.table.name, $0.rows.count) })
    }
}
