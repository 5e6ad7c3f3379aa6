import Logging
import SQLKit
public import TwitchlessCore

/// Copies a whole SQLite database, every person and every account, into an empty PostgreSQL database of the same
/// schema, for `twitchless migrate`.
extension TwitchlessStore {
    /// A table copied and its rows on both sides.
    public struct CopiedTable: Sendable, Equatable {
        public var name: String
        public var rows: Int
    }

    /// Every table of the schema in the order the migrations made them, so a row's references come before it.
    static var tablesInOrder: [String] {
        var names: [String] = []
        for migration in Migration.all {
            for statement in migration.statements {
                let words = statement.split(whereSeparator: \.isWhitespace)
                if words.count > 2, words[0] == "CREATE", words[1] == "TABLE" { names.append(String(words[2])) }
            }
        }
        return names
    }

    /// Copies every row into `target`, in one transaction there, and checks the row counts before committing.
    /// This store is only read.
    /// - Throws: `conflict` when the target already holds data; `invalidInput` when this store isn't SQLite or the
    ///   target isn't PostgreSQL; `unavailable` for storage failures. On any failure the target is left as it was.
    public func copyEverything(
        to target: TwitchlessStore,
        progress: @Sendable (String, Int) -> Void = { _, _ in }
    ) async throws(TwitchlessError) -> [CopiedTable] {
        guard engine.kind == .sqlite, target.engine.kind != .sqlite else {
            throw .invalidInput(
                "Moving copies a SQLite database into PostgreSQL, so the source must be a SQLite file and the target a postgres:// address.",
                fix: "Choose the SQLite file to move from, and a postgres:// address to move to."
            )
        }
        let tables = Self.tablesInOrder
        do {
            // One snapshot of the source, so a server writing to it meanwhile can't make the copy inconsistent.
            return try await engine.readTransaction(begin: "BEGIN") { source in
                var found: [String: [BackupColumn]] = [:]
                for table in tables { found[table] = try await Self.columns(of: table, in: source) }
                let columns = found
                return try await target.engine.transaction(begin: "BEGIN") { destination in
                    // The target has only what opening it made: its schema and the empty local owner.
                    for table in tables where table != "owners" {
                        if try await destination.raw("SELECT 1 AS found FROM \(ident: table) LIMIT 1").first() != nil {
                            throw TwitchlessError(
                                .conflict,
                                "The PostgreSQL database already holds data (in \(table)), so nothing was copied into it.",
                                fix: "Move into a new, empty database (createdb twitchless_new), or empty this one first. Nothing was changed."
                            )
                        }
                    }
                    try await destination.raw("DELETE FROM owners").run()
                    var copied: [CopiedTable] = []
                    for table in tables {
                        let list = columns[table] ?? []
                        let rows = try await Self.copy(table, columns: list, from: source, into: destination) { progress(table, $0) }
                        let counted =
                            try await destination.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self) ?? -1
                        guard counted == rows else {
                            throw TwitchlessError(
                                .internalFailure,
                                "The copy of \(table) has \(counted) rows where the original has \(rows), so nothing was kept.",
                                fix: "Please try again. The SQLite file has not been changed."
                            )
                        }
                        copied.append(CopiedTable(name: table, rows: rows))
                    }
                    return copied
                }
            }
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw Self.storageError(error, path: target.location.description)
        }
    }

    /// Copies one table in pages by rowid; returns how many rows the source has.
    private static func copy(
        _ table: String,
        columns: [BackupColumn],
        from source: any SQLDatabase,
        into destination: any SQLDatabase,
        progress: @Sendable (Int) -> Void
    ) async throws -> Int {
        let names = columns.map(\.name)
        let perPage = max(1, 4000 / max(1, names.count))
        var last: Int64 = .min
        var total = 0
        while true {
            var select = source.select().column(SQLAlias(SQLColumn("rowid"), as: SQLIdentifier("_rowid")))
            for name in names { select = select.column(SQLColumn(name)) }
            let rows = try await select.from(table).where(SQLColumn("rowid"), .greaterThan, SQLBind(last)).orderBy(SQLColumn("rowid"))
                .limit(perPage).all()
            let page = try rows.map { row in
                (try row.decode(column: "_rowid", as: Int64.self), try columns.map { try StoreSession.backupValue(row, $0) })
            }
            guard let end = page.last?.0 else { return total }
            var insert = destination.insert(into: table).columns(names)
            for (_, values) in page { insert = insert.values(values.map(StoreSession.expression)) }
            try await insert.run()
            total += page.count
            last = end
            progress(total)
        }
    }

    /// A SQLite table's columns and the kind of value each holds.
    static func columns(of table: String, in database: any SQLDatabase) async throws -> [BackupColumn] {
        try await database.raw("SELECT name, type, \"notnull\" AS required, pk FROM pragma_table_info(\(bind: table))").all().map { row in
            let kind: BackupColumnKind =
                switch try row.decode(column: "type", as: String.self).uppercased() {
                case "INTEGER", "BIGINT": .integer
                case "DOUBLE PRECISION": .real
                case "BOOLEAN": .boolean
                default: .text
                }
            let required = try row.decode(column: "required", as: Int.self) == 1 || row.decode(column: "pk", as: Int.self) > 0
            return BackupColumn(try row.decode(column: "name", as: String.self), kind, optional: !required)
        }
    }
}
