import SQLKit
public import TwitchlessCore

/// Where imported day values came from.
public enum ImportSource: String, Sendable {
    case appleHealth = "apple_health"
}

/// How an import changed the stored values.
public struct ImportChanges: Hashable, Sendable, Codable {
    public var added = 0
    public var changed = 0
    public var unchanged = 0
    /// Values stored by an earlier import within the dates this one covers that it no longer has.
    public var removed = 0
}

extension StoreSession {
    /// Imported values within `dates` (all dates when nil), by date.
    public func importedDays(in dates: ClosedRange<LocalDate>? = nil) async throws -> [LocalDate: ImportedDay] {
        var query = database.select().columns("date", "factor", "value").from("imported_day_values")
            .where("owner_id", .equal, owner.rawValue)
        if let dates {
            query = query.where("date", .greaterThanOrEqual, dates.lowerBound.description)
                .where("date", .lessThanOrEqual, dates.upperBound.description)
        }
        var days: [LocalDate: ImportedDay] = [:]
        for row in try await query.all() {
            let date = try row.localDate("date")
            guard let factor = ImportedFactor(rawValue: try row.value("factor")) else { continue }
            days[date, default: ImportedDay(date: date)].values[factor] = try row.value("value", as: Double.self)
        }
        return days
    }

    /// Saves one import's values: within the dates it covers (its first to its last day) they replace whatever an
    /// earlier import from the same source stored, so importing a newer export that contains an older one gives
    /// exactly what importing the newer one alone gives. Values outside those dates are kept.
    public func replaceImportedDays(_ days: [ImportedDay], source: ImportSource) async throws -> ImportChanges {
        var changes = ImportChanges()
        guard let first = days.map(\.date).min(), let last = days.map(\.date).max() else { return changes }
        let stored = try await importedDays(in: first...last)
        var rows: [(LocalDate, ImportedFactor, Double)] = []
        var kept: Set<String> = []
        for day in days {
            for (factor, value) in day.values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                kept.insert("\(day.date) \(factor.rawValue)")
                switch stored[day.date]?.values[factor] {
                case nil:
                    changes.added += 1
                    rows.append((day.date, factor, value))
                case value: changes.unchanged += 1
                default:
                    changes.changed += 1
                    rows.append((day.date, factor, value))
                }
            }
        }
        for (date, day) in stored {
            for factor in day.values.keys where !kept.contains("\(date) \(factor.rawValue)") {
                changes.removed += 1
                try await database.delete(from: "imported_day_values")
                    .where("owner_id", .equal, owner.rawValue).where("source", .equal, source.rawValue)
                    .where("date", .equal, date.description).where("factor", .equal, factor.rawValue)
                    .run()
            }
        }
        let updated = now()
        for batch in rows.chunked(into: 500) {
            var insert = database.insert(into: "imported_day_values").columns("owner_id", "source", "date", "factor", "value", "updated_at")
            for (date, factor, value) in batch {
                insert = insert.values(owner.rawValue, source.rawValue, date.description, factor.rawValue, value, updated)
            }
            try await insert.onConflict(with: ["owner_id", "source", "date", "factor"]) {
                $0.set(excludedValueOf: "value").set(excludedValueOf: "updated_at")
            }.run()
        }
        return changes
    }

    /// A saved setting's value.
    public func setting(_ name: String) async throws -> String? {
        try await database.select().column("value").from("owner_settings")
            .where("owner_id", .equal, owner.rawValue).where("name", .equal, name)
            .first().map { try $0.value("value", as: String.self) }
    }

    /// Saves a setting, replacing its earlier value.
    public func saveSetting(_ name: String, _ value: String) async throws {
        try await database.insert(into: "owner_settings").columns("owner_id", "name", "value", "updated_at")
            .values(owner.rawValue, name, value, now())
            .onConflict(with: ["owner_id", "name"]) { $0.set(excludedValueOf: "value").set(excludedValueOf: "updated_at") }
            .run()
    }

    /// Where the person said Apple Health's magnesium comes from, once they have said.
    public func healthMagnesiumOrigin() async throws -> MagnesiumOrigin? {
        try await setting("apple_health_magnesium_origin").flatMap(MagnesiumOrigin.init(rawValue:))
    }

    public func saveHealthMagnesiumOrigin(_ origin: MagnesiumOrigin) async throws {
        try await saveSetting("apple_health_magnesium_origin", origin.rawValue)
    }
}
