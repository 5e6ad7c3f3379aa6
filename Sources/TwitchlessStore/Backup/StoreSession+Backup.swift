import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// Every row this person has in `table`, sorted by its key, values in column order.
    public func backupRows(_ table: PersonTables.Table) async throws -> [[BackupValue]] {
        let columns = table.table.columns
        var select = database.select().from(table.table.name).where("owner_id", .equal, owner.rawValue)
        for column in columns { select = select.column(column.name) }
        var rows: [[BackupValue]] = []
        for row in try await select.all() {
            rows.append(try columns.map { column throws -> BackupValue in try Self.backupValue(row, column) })
        }
        // Sorted here rather than by the database, whose text order depends on its collation.
        let keys = table.key.compactMap { name in columns.firstIndex { $0.name == name } }
        return rows.sorted { left, right in
            for index in keys where left[index] != right[index] { return Self.precedes(left[index], right[index]) }
            return false
        }
    }

    static func backupValue(_ row: any SQLRow, _ column: BackupColumn) throws -> BackupValue {
        if try row.decodeNil(column: column.name) { return .null }
        switch column.kind {
        case .text: return .text(try row.decode(column: column.name, as: String.self))
        case .integer: return .integer(try row.decode(column: column.name, as: Int64.self))
        case .real: return .real(try row.decode(column: column.name, as: Double.self))
        case .boolean: return .boolean(try row.decode(column: column.name, as: Bool.self))
        }
    }

    private static func precedes(_ left: BackupValue, _ right: BackupValue) -> Bool {
        switch (left, right) {
        case (.text(let a), .text(let b)): Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
        case (.integer(let a), .integer(let b)): a < b
        case (.real(let a), .real(let b)): a < b
        default: false
        }
    }

    /// The tables that must be empty before a restore where this person has rows.
    public func tablesWithRows() async throws -> [String] {
        var names: [String] = []
        for table in PersonTables.all where !table.isReplaced {
            let row = try await database.raw("SELECT 1 AS found FROM \(ident: table.table.name) WHERE owner_id = \(bind: owner.rawValue) LIMIT 1")
                .first()
            if row != nil { names.append(table.table.name) }
        }
        return names
    }

    /// How many of `ids` are rows of another person in `table` (its first column is `id`).
    public func idsTakenByOthers(_ table: String, _ ids: [String]) async throws -> Int {
        var taken = 0
        for start in stride(from: 0, to: ids.count, by: 500) {
            let batch = ids[start..<min(ids.count, start + 500)].map { SQLBind($0) as any SQLExpression }
            let row = try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "taken").from(table)
                .where("id", .in, SQLGroupExpression(SQLList(batch))).where("owner_id", .notEqual, owner.rawValue).first()
            taken += try row?.decode(column: "taken", as: Int.self) ?? 0
        }
        return taken
    }

    /// Adds `rows` to `table` for this person; tables a restore replaces are emptied first.
    public func restoreRows(_ table: PersonTables.Table, _ rows: [[BackupValue]]) async throws {
        let name = table.table.name
        if table.isReplaced {
            try await database.delete(from: name).where("owner_id", .equal, owner.rawValue).run()
        }
        let columns = ["owner_id"] + table.table.columns.map(\.name)
        let perStatement = max(1, 4000 / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            var insert = database.insert(into: name).columns(columns)
            for row in rows[start..<min(rows.count, start + perStatement)] {
                insert = insert.values([SQLBind(owner.rawValue)] + row.map(Self.expression))
            }
            try await insert.run()
        }
    }

    static func expression(_ value: BackupValue) -> any SQLExpression {
        switch value {
        case .null: SQLLiteral.null
        case .text(let text): SQLBind(text)
        case .integer(let number): SQLBind(number)
        case .real(let number): SQLBind(number)
        case .boolean(let flag): SQLBind(flag)
        }
    }
}
