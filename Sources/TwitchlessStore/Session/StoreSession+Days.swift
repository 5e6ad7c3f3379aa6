import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// Each day factor has the column its name gives (`sleep_hours`), typed as the factor is: yes/no, whole or decimal.
    static let dayColumns =
        (["date", "is_tracked"] + DayFactor.allCases.map(\.column) + ["reported_supplement_magnesium_ug"]).joined(separator: ", ")

    func decodeDay(_ row: any SQLRow) throws -> DayLog {
        var day = DayLog(date: try row.localDate("date"), isTracked: try row.value("is_tracked"))
        for factor in DayFactor.allCases {
            day.values[factor] =
                if factor.isYesNo {
                    try row.optional(factor.column, as: Bool.self).map { $0 ? 1 : 0 }
                } else if factor.isWholeNumber {
                    try row.optional(factor.column, as: Int.self).map(Double.init)
                } else {
                    try row.optional(factor.column, as: Double.self)
                }
        }
        day.reportedSupplementMagnesium = try row.optional("reported_supplement_magnesium_ug", as: Int64.self).map { Milligrams(micrograms: $0) }
        return day
    }

    /// A factor's value as its column stores it.
    static func columnValue(_ factor: DayFactor, of day: DayLog) -> any Encodable & Sendable {
        let value = day.value(of: factor)
        if factor.isYesNo { return value.map { $0 != 0 } }
        if factor.isWholeNumber { return value.map { Int($0) } }
        return value
    }

    /// The day log of `date` as the app shows it: the person's own, with imported values filling its gaps;
    /// nil when nothing was logged or imported for it.
    public func dayLog(on date: LocalDate) async throws -> DayLog? {
        try await dayLogs(in: date...date).first
    }

    /// Day logs within `dates` as the app shows them, by date: the person's own, with imported values filling the gaps.
    /// A day with imported values only is not tracked.
    public func dayLogs(in dates: ClosedRange<LocalDate>) async throws -> [DayLog] {
        try await merged(own: ownDayLogs(in: dates), imported: importedDays(in: dates), dates: dates)
    }

    /// Every day log as the app shows it, by date.
    public func allDayLogs() async throws -> [DayLog] {
        let own = try await allOwnDayLogs()
        let imported = try await importedDays()
        let dates = (own.map(\.date) + imported.keys)
        guard let first = dates.min(), let last = dates.max() else { return [] }
        return try await merged(own: own, imported: imported, dates: first...last)
    }

    /// The person's own log of `date`, without imported values: the one to edit and save.
    public func ownDayLog(on date: LocalDate) async throws -> DayLog? {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.dayColumns) FROM day_logs
            WHERE owner_id = \(bind: owner.rawValue) AND date = \(bind: date.description)
            """
        ).first().map(decodeDay)
    }

    /// The person's own day logs within `dates`, by date.
    public func ownDayLogs(in dates: ClosedRange<LocalDate>) async throws -> [DayLog] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.dayColumns) FROM day_logs
            WHERE owner_id = \(bind: owner.rawValue)
              AND date >= \(bind: dates.lowerBound.description) AND date <= \(bind: dates.upperBound.description)
            ORDER BY date
            """
        ).all().map(decodeDay)
    }

    /// Every day log of the person's own, by date.
    public func allOwnDayLogs() async throws -> [DayLog] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.dayColumns) FROM day_logs WHERE owner_id = \(bind: owner.rawValue) ORDER BY date
            """
        ).all().map(decodeDay)
    }

    private func merged(own: [DayLog], imported: [LocalDate: ImportedDay], dates: ClosedRange<LocalDate>) async throws -> [DayLog] {
        guard !imported.isEmpty else { return own }
        let supplementDays = Set(
            try await database.raw(
                """
                SELECT DISTINCT local_date FROM supplement_intakes
                WHERE owner_id = \(bind: owner.rawValue)
                  AND local_date >= \(bind: dates.lowerBound.description) AND local_date <= \(bind: dates.upperBound.description)
                """
            ).all().map { try $0.localDate("local_date") }
        )
        var byDate = Dictionary(own.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        for (date, day) in imported {
            byDate[date] = (byDate[date] ?? DayLog(date: date, isTracked: false))
                .fillingGaps(from: day, hasLoggedSupplements: supplementDays.contains(date))
        }
        return byDate.values.sorted { $0.date < $1.date }
    }

    /// Saves day logs whole, replacing any stored for the same dates.
    public func saveDayLogs(_ days: [DayLog]) async throws {
        let updated = now()
        for batch in days.chunked(into: 500) {
            let factors = DayFactor.allCases.map(\.column)
            var insert = database.insert(into: "day_logs")
                .columns(["owner_id", "date", "is_tracked"] + factors + ["reported_supplement_magnesium_ug", "updated_at"])
            for day in batch {
                let values: [any Encodable & Sendable] =
                    [owner.rawValue, day.date.description, day.isTracked] + DayFactor.allCases.map { Self.columnValue($0, of: day) }
                    + [day.reportedSupplementMagnesium?.micrograms, updated]
                insert = insert.values(values)
            }
            try await insert.onConflict(with: ["owner_id", "date"]) { conflict in
                var update = conflict.set(excludedValueOf: "is_tracked")
                for column in factors + ["reported_supplement_magnesium_ug", "updated_at"] { update = update.set(excludedValueOf: column) }
                return update
            }.run()
        }
    }
}

extension StoreSession {
    /// The first day anything is logged or imported on: where "all of it" starts. nil when nothing is.
    public func firstLoggedDate() async throws -> LocalDate? {
        let row = try await database.raw(
            """
            SELECT MIN(first) AS first FROM (
              SELECT MIN(local_date) AS first FROM episodes WHERE owner_id = \(bind: owner.rawValue)
              UNION ALL SELECT MIN(date) FROM day_logs WHERE owner_id = \(bind: owner.rawValue)
              UNION ALL SELECT MIN(date) FROM imported_day_values WHERE owner_id = \(bind: owner.rawValue)
              UNION ALL SELECT MIN(local_date) FROM supplement_intakes WHERE owner_id = \(bind: owner.rawValue)
              UNION ALL SELECT MIN(local_date) FROM food_intakes WHERE owner_id = \(bind: owner.rawValue)
            ) AS firsts
            """
        ).first()
        return try row?.optional("first", as: String.self).flatMap(LocalDate.init(iso:))
    }
}
