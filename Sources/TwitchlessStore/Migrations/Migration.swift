/// One named, ordered schema change, written in SQL that both SQLite and PostgreSQL accept.
/// A shipped migration is never edited: changes go in a new one.
public struct Migration: Sendable {
    public var name: String
    public var statements: [String]
    /// Statements that differ by engine (triggers), when a migration needs them: SQLite's, then PostgreSQL's.
    public var sqliteStatements: [String] = []
    public var postgresStatements: [String] = []

    public init(name: String, statements: [String], sqliteStatements: [String] = [], postgresStatements: [String] = []) {
        self.name = name
        self.statements = statements
        self.sqliteStatements = sqliteStatements
        self.postgresStatements = postgresStatements
    }

    /// The statements to run on a database of this dialect.
    func statements(for engine: DatabaseEngine) -> [String] {
        statements + (engine == .sqlite ? sqliteStatements : postgresStatements)
    }

    /// Every migration, in order.
    public static let all: [Migration] = [
        .v1CreateSchema, .v2Medicines, .v3SymptomsAndAcknowledgements, .v4RegionStarts, .v5Trials, .v6ImportedDayValues, .v7Accounts, .v8DataVersion,
        .v9EpisodeVersionTrigger, .v10ProfileCountry, .v11TrialStop, .v12Reminders, .v13SignInLimits, .v14ShareLinks, .v15Leaving, .v16TwoFactor,
        .v17QueryIndexes, .v18EpisodeMomentCovering,
    ]
}
