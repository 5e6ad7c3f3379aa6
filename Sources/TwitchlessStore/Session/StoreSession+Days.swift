import SQLKit
public import TwitchlessCore

extension StoreSession {
    static let dayColumns = """
        date, is_tracked, sleep_hours, stress, caffeine_mg, alcohol_drinks, water_liters, exercise_minutes, mindful_minutes,
        prolonged_muscle_use, processed_meals, reported_supplement_magnesium_ug
        """

    func decodeDay(_ row: any SQLRow) throws -> DayLog {
        var day = DayLog(date: try row.localDate("date"), isTracked: try row.value("is_tracked"))
        day.sleepHours = try row.optional("sleep_hours")
        day.stress = try row.optional("stress")
        day.caffeineMg = try row.optional("caffeine_mg")
        day.alcoholDrinks = try row.optional("alcohol_drinks")
        day.waterLiters = try row.optional("water_liters")
        day.exerciseMinutes = try row.optional("exercise_minutes")
        day.mindfulMinutes = try row.optional("mindful_minutes")
        day.prolongedMuscleUse = try row.optional("prolonged_muscle_use")
        day.processedMeals = try row.optional("processed_meals")
        day.reportedSupplementMagnesium = try row.optional("reported_supplement_magnesium_ug", as: Int64.self).map { Milligrams(micrograms: $0) }
        return day
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
            var insert = database.insert(into: "day_logs")
                .columns(
                    "owner_id",
                    "date",
                    "is_tracked",
                    "sleep_hours",
                    "stress",
                    "caffeine_mg",
                    "alcohol_drinks",
                    "water_liters",
                    "exercise_minutes",
                    "mindful_minutes",
                    "prolonged_muscle_use",
                    "processed_meals",
                    "reported_supplement_magnesium_ug",
                    "updated_at"
                )
            for day in batch {
                insert = insert.values(
                    owner.rawValue,
                    day.date.description,
                    day.isTracked,
                    day.sleepHours,
                    day.stress,
                    day.caffeineMg,
                    day.alcoholDrinks,
                    day.waterLiters,
                    day.exerciseMinutes,
                    day.mindfulMinutes,
                    day.prolongedMuscleUse,
                    day.processedMeals,
                    day.reportedSupplementMagnesium?.micrograms,
                    updated
                )
            }
            try await insert.onConflict(with: ["owner_id", "date"]) {
                $0.set(excludedValueOf: "is_tracked").set(excludedValueOf: "sleep_hours").set(excludedValueOf: "stress")
                    .set(excludedValueOf: "caffeine_mg").set(excludedValueOf: "alcohol_drinks").set(excludedValueOf: "water_liters")
                    .set(excludedValueOf: "exercise_minutes").set(excludedValueOf: "mindful_minutes").set(excludedValueOf: "prolonged_muscle_use")
                    .set(excludedValueOf: "processed_meals").set(excludedValueOf: "reported_supplement_magnesium_ug")
                    .set(excludedValueOf: "updated_at")
            }.run()
        }
    }
}
