import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// Records a food eaten, and returns its id.
    @discardableResult
    public func insertFoodIntake(_ intake: FoodIntake) async throws -> FoodIntakeID {
        let id = newID()
        try await database.insert(into: "food_intakes")
            .columns(
                "id",
                "owner_id",
                "food_id",
                "description",
                "eaten_at",
                "utc_offset_seconds",
                "local_date",
                "grams",
                "portion",
                "magnesium_ug",
                "created_at"
            )
            .values(
                id,
                owner.rawValue,
                intake.foodID,
                intake.description,
                intake.eatenAt.epochSeconds,
                intake.eatenAt.utcOffsetSeconds,
                intake.eatenAt.localDate.description,
                intake.grams,
                intake.portion,
                intake.magnesium?.micrograms,
                now()
            )
            .run()
        return FoodIntakeID(id)
    }

    /// Foods whose local date is within `dates`, in time order.
    public func foodIntakes(in dates: ClosedRange<LocalDate>) async throws -> [FoodIntake] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.foodColumns) FROM food_intakes
            WHERE owner_id = \(bind: owner.rawValue)
              AND local_date >= \(bind: dates.lowerBound.description) AND local_date <= \(bind: dates.upperBound.description)
            ORDER BY eaten_at
            """
        ).all().map { try decodeStoredFood($0).intake }
    }

    /// Magnesium from food per local date within `dates` (foods without a value count as nothing). On a day with no
    /// food logged here, magnesium from food that another app recorded counts instead.
    public func foodTotals(in dates: ClosedRange<LocalDate>) async throws -> [LocalDate: Milligrams] {
        var totals: [LocalDate: Milligrams] = [:]
        for row in try await database.raw(
            """
            SELECT local_date, CAST(SUM(magnesium_ug) AS BIGINT) AS total FROM food_intakes
            WHERE owner_id = \(bind: owner.rawValue)
              AND local_date >= \(bind: dates.lowerBound.description) AND local_date <= \(bind: dates.upperBound.description)
            GROUP BY local_date
            """
        ).all() {
            let total = try row.optional("total", as: Int64.self) ?? 0
            totals[try row.localDate("local_date")] = Milligrams(micrograms: total)
        }
        for (date, day) in try await importedDays(in: dates) where totals[date] == nil {
            if let imported = day.values[.foodMagnesiumMg] { totals[date] = Milligrams(imported) }
        }
        return totals
    }
}
