import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// Every medicine, by name.
    public func medicines() async throws -> [Medicine] {
        try await database.raw(
            """
            SELECT name, schedule, start_date, end_date, chosen_rule FROM medicines
            WHERE owner_id = \(bind: owner.rawValue) ORDER BY name_key
            """
        ).all().map { row in
            Medicine(
                name: try row.value("name"),
                schedule: try MedicineSchedule(parsing: try row.value("schedule", as: String.self)),
                startDate: try row.optional("start_date", as: String.self).flatMap(LocalDate.init(iso:)),
                endDate: try row.optional("end_date", as: String.self).flatMap(LocalDate.init(iso:)),
                chosenRule: try row.optional("chosen_rule")
            )
        }
    }

    /// Adds a medicine, or replaces the one with the same name.
    public func saveMedicine(_ medicine: Medicine) async throws {
        try await database.insert(into: "medicines")
            .columns("id", "owner_id", "name", "name_key", "schedule", "start_date", "end_date", "chosen_rule", "created_at")
            .values(
                newID(),
                owner.rawValue,
                medicine.name,
                Medicine.nameKey(medicine.name),
                medicine.schedule.storageText,
                medicine.startDate?.description,
                medicine.endDate?.description,
                medicine.chosenRule,
                now()
            )
            .onConflict(with: ["owner_id", "name_key"]) {
                $0.set(excludedValueOf: "name").set(excludedValueOf: "schedule").set(excludedValueOf: "start_date")
                    .set(excludedValueOf: "end_date").set(excludedValueOf: "chosen_rule")
            }
            .run()
    }

    /// Removes a medicine by name; returns whether there was one.
    public func deleteMedicine(named name: String) async throws -> Bool {
        let key = Medicine.nameKey(name)
        guard try await database.raw("SELECT id FROM medicines WHERE owner_id = \(bind: owner.rawValue) AND name_key = \(bind: key)").first() != nil
        else {
            return false
        }
        try await database.delete(from: "medicines").where("owner_id", .equal, owner.rawValue).where("name_key", .equal, key).run()
        return true
    }
}
