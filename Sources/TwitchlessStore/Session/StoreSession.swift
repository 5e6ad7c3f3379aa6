import Foundation
import SQLKit
import TwitchlessCore

/// The queries of one transaction, all scoped to one owner.
public struct StoreSession: Sendable {
    let database: any SQLDatabase
    public let owner: OwnerID
    let clock: WallClock
    let engine: DatabaseEngine

    init(database: any SQLDatabase, owner: OwnerID, clock: WallClock, engine: DatabaseEngine) {
        self.database = database
        self.owner = owner
        self.clock = clock
        self.engine = engine
    }

    func newID() -> String { UUID().uuidString.lowercased() }
    func now() -> String { TwitchlessStore.timestampText(clock.now()) }
}

extension SQLRow {
    /// The column's value, or nil when it is NULL.
    func optional<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        if try decodeNil(column: column) { return nil }
        return try decode(column: column, as: T.self)
    }

    func value<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try decode(column: column, as: T.self)
    }

    func localDate(_ column: String) throws -> LocalDate {
        let text = try decode(column: column, as: String.self)
        guard let date = LocalDate(iso: text) else { throw StoreDecodingError.badDate(text) }
        return date
    }
}

enum StoreDecodingError: Error {
    case badDate(String)
    case badValue(String)
}
