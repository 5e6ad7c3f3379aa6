import PostgresKit
import PostgresNIO
import SQLKit

/// A statement the server runs on nearly every request (the session and token lookups, logging an episode).
///
/// On PostgreSQL it is prepared once on each pooled connection, so the server parses and plans it once rather than on
/// every request; on SQLite, where preparing is cheap, it runs as any other query. One SQL text serves both engines:
/// its parameters are written `$1`, `$2`, … and each is used once, in order.
protocol HotStatement: Sendable {
    static var sql: String { get }
    /// The parameters' types, in order: fixed when the statement is prepared, whatever the first values are.
    static var parameterTypes: [HotValue.Kind] { get }
}

/// A value bound to a `HotStatement` parameter.
enum HotValue: Sendable {
    enum Kind: Sendable { case text, integer }

    case text(String?)
    case integer(Int64?)

    var kind: Kind {
        switch self {
        case .text: .text
        case .integer: .integer
        }
    }
}

extension HotStatement {
    /// Runs the statement with `values` and returns its rows.
    static func rows(_ values: [HotValue], on database: any SQLDatabase) async throws -> [any SQLRow] {
        try await rows(values, on: database, postgres: { $0.sql() }, other: { $0 })
    }

    /// Runs the statement with `values` and makes a value of each row. On PostgreSQL `postgres` reads the row's cells
    /// in column order (`PostgresRow.decode`), with no lookup by column name: for statements that return many rows.
    static func rows<T>(
        _ values: [HotValue],
        on database: any SQLDatabase,
        postgres: (PostgresRow) throws -> T,
        other: (any SQLRow) throws -> T
    ) async throws -> [T] {
        precondition(values.map(\.kind) == parameterTypes, "\(Self.self): the values don't match the parameter types")
        if let database = database as? PostgresConnectionDatabase {
            return try await database.onLoop { connection in
                var rows: [T] = []
                for try await row in try await connection.execute(Prepared<Self>(values: values), logger: database.logger) {
                    rows.append(try postgres(row))
                }
                return rows
            }
        }
        return try await database.raw(query(values)).all().map(other)
    }

    /// The SQL text with each `$n` replaced by a bound value, for engines that take SQLKit queries.
    static func query(_ values: [HotValue]) -> SQLQueryString {
        var query = SQLQueryString("")
        var rest = Substring(sql)
        for (index, value) in values.enumerated() {
            let marker = "$\(index + 1)"
            guard let range = rest.range(of: marker) else { preconditionFailure("\(Self.self): no \(marker) in the SQL") }
            query.appendLiteral(String(rest[..<range.lowerBound]))
            switch value {
            case .text(let text): query.appendInterpolation(bind: text)
            case .integer(let number): query.appendInterpolation(bind: number)
            }
            rest = rest[range.upperBound...]
        }
        query.appendLiteral(String(rest))
        return query
    }
}

/// The PostgreSQL form of a `HotStatement`: PostgresNIO prepares it on a connection the first time it runs there.
private struct Prepared<Statement: HotStatement>: PostgresPreparedStatement {
    static var name: String { "twitchless_\(Statement.self)" }
    static var sql: String { Statement.sql }
    static var bindingDataTypes: [PostgresDataType] {
        Statement.parameterTypes.map { $0 == .text ? .text : .int8 }
    }

    let values: [HotValue]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text): bindings.append(text)
            case .integer(let number): bindings.append(number)
            }
        }
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}
