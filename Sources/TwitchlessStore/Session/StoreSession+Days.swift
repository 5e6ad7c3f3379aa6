public import TwitchlessCore
import SQLKit

extension StoreSession {
    static let dayColumns = """
        date, is_tracked, sleep_hours, stress, caffeine_mg, alcohol_drinks, water_liters, exercise_minutes,
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
        day.prolongedMuscleUse = try row.optional("prolonged_muscle_use")
        day.processedMeals = try row.optional("processed_meals")
        day.reportedSupplementMagnesium = try row.optional("reported_supplement_magnesium_ug", as: Int64.self).map { Milligrams(micrograms: $0) }
        return day
    }

    /// The day log of `date`, or nil when nothing was logged for it.
    public func dayLog(on date: LocalDate) async throws -> DayLog? {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.dayColumns) FROM day_logs
            WHERE owner_id = \(bind: owner.rawValue) AND date = \(bind: date.description)
            """).first().map(decodeDay)
    }

    /// Day logs within `dates`, by date.
    public func dayLogs(in dates: ClosedRange<LocalDate>) async throws -> [DayLog] {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.dayColumns) FROM day_logs
            WHERE owner_id = \(bind: owner.rawValue)
              AND date >= \(bind: dates.lowerBound.description) AND date <= \(bind: dates.upperBound.description)
            ORDER BY date
            """).all().map(decodeDay)
    }

    /// Every day log, by date.
    public func allDayLogs() async throws -> [DayLog] {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.dayColumns) FROM day_logs WHERE owner_id = \(bind: owner.rawValue) ORDER BY date
            """).all().map(decodeDay)
    }

    /// Saves day logs whole, replacing any stored for the same dates.
    public func saveDayLogs(_ days: [DayLog]) async throws {
        let updated = now()
        for batch in days.chunked(into: 500) {
            var insert = database.insert(into: "day_logs")
                .columns("owner_id", "date", "is_tracked", "sleep_hours", "stress", "caffeine_mg", "alcohol_drinks",
                         "water_liters", "exercise_minutes", "prolonged_muscle_use", "processed_meals",
                         "reported_supplement_magnesium_ug", "updated_at")
            for day in batch {
                insert = insert.values(
                    owner.rawValue, day.date.description, day.isTracked, day.sleepHours, day.stress, day.caffeineMg,
                    day.alcoholDrinks, day.waterLiters, day.exerciseMinutes, day.prolongedMuscleUse, day.processedMeals,
                    day.reportedSupplementMagnesium?.micrograms, updated
                )
            }
            try await insert.onConflict(with: ["owner_id", "date"]) {
                $0.set(excludedValueOf: "is_tracked").set(excludedValueOf: "sleep_hours").set(excludedValueOf: "stress")
                    .set(excludedValueOf: "caffeine_mg").set(excludedValueOf: "alcohol_drinks").set(excludedValueOf: "water_liters")
                    .set(excludedValueOf: "exercise_minutes").set(excludedValueOf: "prolonged_muscle_use")
                    .set(excludedValueOf: "processed_meals").set(excludedValueOf: "reported_supplement_magnesium_ug")
                    .set(excludedValueOf: "updated_at")
            }.run()
        }
    }
}
