import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// Episodes that started within the minute beginning at `minute` (epoch seconds), optionally at one site and kind.
    public func episodes(inMinuteStarting minute: Int64, site: BodySite?, kind: EpisodeKind?) async throws -> [Episode] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.episodeColumns) FROM episodes
            WHERE owner_id = \(bind: owner.rawValue) AND started_at >= \(bind: minute) AND started_at < \(bind: minute + 60)
            ORDER BY started_at, site, kind
            """
        ).all().map(decodeEpisode).filter { (site == nil || $0.site == site) && (kind == nil || $0.kind == kind) }
    }

    /// Deletes the intakes of a product taken within the minute beginning at `minute`; returns how many.
    public func deleteSupplementIntakes(productID: ProductID, inMinuteStarting minute: Int64) async throws -> Int {
        try await deleteInMinute(table: "supplement_intakes", column: "product_id", value: productID.rawValue, timeColumn: "taken_at", minute: minute)
    }

    /// Deletes this owner's rows of `table` whose `column` is `value` and whose `timeColumn` falls within the minute
    /// beginning at `minute`; returns how many.
    func deleteInMinute(table: String, column: String, value: String, timeColumn: String, minute: Int64) async throws -> Int {
        let rows = try await database.raw(
            """
            SELECT id FROM \(ident: table) WHERE owner_id = \(bind: owner.rawValue) AND \(ident: column) = \(bind: value)
              AND \(ident: timeColumn) >= \(bind: minute) AND \(ident: timeColumn) < \(bind: minute + 60)
            """
        ).all()
        let ids = try rows.map { try $0.decode(column: "id", as: String.self) }
        try await deleteRows(table: table, ids: ids)
        return ids.count
    }

    /// Deletes this owner's rows of `table` with these ids.
    func deleteRows(table: String, ids: [String]) async throws {
        guard !ids.isEmpty else { return }
        try await database.delete(from: table).where("owner_id", .equal, owner.rawValue).where("id", .in, ids).run()
    }

    /// Foods eaten within the minute beginning at `minute`, with their row ids.
    public func foodIntakes(inMinuteStarting minute: Int64) async throws -> [(id: FoodIntakeID, intake: FoodIntake)] {
        try await database.raw(
            """
            SELECT id, food_id, description, eaten_at, utc_offset_seconds, grams, portion, magnesium_ug FROM food_intakes
            WHERE owner_id = \(bind: owner.rawValue) AND eaten_at >= \(bind: minute) AND eaten_at < \(bind: minute + 60)
            ORDER BY eaten_at
            """
        ).all().map { row in
            (
                try row.value("id"),
                FoodIntake(
                    foodID: try row.value("food_id"),
                    description: try row.value("description"),
                    eatenAt: Timestamp(epochSeconds: try row.value("eaten_at"), utcOffsetSeconds: try row.value("utc_offset_seconds")),
                    grams: try row.value("grams"),
                    portion: try row.value("portion"),
                    magnesium: try row.optional("magnesium_ug", as: Int64.self).map { Milligrams(micrograms: $0) }
                )
            )
        }
    }

    /// Deletes food intakes by row id.
    public func deleteFoodIntakes(ids: [FoodIntakeID]) async throws {
        try await deleteRows(table: "food_intakes", ids: ids.map(\.rawValue))
    }

    /// Deletes a day's log (its check-in and factors); returns whether there was one.
    public func deleteDayLog(on date: LocalDate) async throws -> Bool {
        guard try await ownDayLog(on: date) != nil else { return false }
        try await database.delete(from: "day_logs").where("owner_id", .equal, owner.rawValue).where("date", .equal, date.description).run()
        return true
    }
}

extension StoreSession {
    /// Deletes a symptom logged within the minute beginning at `minute`; returns how many were deleted.
    public func deleteSymptoms(key: String, inMinuteStarting minute: Int64) async throws -> Int {
        try await deleteInMinute(table: "symptoms", column: "symptom", value: key, timeColumn: "logged_at", minute: minute)
    }
}
