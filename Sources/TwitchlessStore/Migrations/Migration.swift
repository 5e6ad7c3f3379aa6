/// One named, ordered schema change, written in SQL that both SQLite and PostgreSQL accept.
/// A shipped migration is never edited: changes go in a new one.
public struct Migration: Sendable {
    public var name: String
    public var statements: [String]

    public init(name: String, statements: [String]) {
        self.name = name
        self.statements = statements
    }

    /// Every migration, in order.
    public static let all: [Migration] = [.v1CreateSchema, .v2Medicines, .v3SymptomsAndAcknowledgements, .v4RegionStarts, .v5Trials, .v6ImportedDayValues, .v7Accounts, .v8DataVersion]
}
