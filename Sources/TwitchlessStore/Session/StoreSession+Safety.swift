public import TwitchlessCore
import SQLKit

extension StoreSession {
    /// Records a symptom; returns false when the same symptom is already logged at that instant.
    public func insertSymptom(_ symptom: LoggedSymptom) async throws -> Bool {
        let existing = try await database.raw("""
            SELECT id FROM symptoms WHERE owner_id = \(bind: owner.rawValue) AND symptom = \(bind: symptom.key)
              AND logged_at = \(bind: symptom.at.epochSeconds)
            """).first()
        if existing != nil { return false }
        try await database.insert(into: "symptoms")
            .columns("id", "owner_id", "symptom", "logged_at", "utc_offset_seconds", "local_date", "note", "created_at")
            .values(newID(), owner.rawValue, symptom.key, symptom.at.epochSeconds, symptom.at.utcOffsetSeconds,
                    symptom.at.localDate.description, symptom.note, now())
            .run()
        return true
    }

    /// Every logged symptom, in time order.
    public func symptoms() async throws -> [LoggedSymptom] {
        try await database.raw("""
            SELECT symptom, logged_at, utc_offset_seconds, note FROM symptoms
            WHERE owner_id = \(bind: owner.rawValue) ORDER BY logged_at
            """).all().map { row in
            LoggedSymptom(key: try row.value("symptom"),
                          at: Timestamp(epochSeconds: try row.value("logged_at"), utcOffsetSeconds: try row.value("utc_offset_seconds")),
                          note: try row.optional("note"))
        }
    }

    /// Every "I have talked to a doctor about this".
    public func acknowledgements() async throws -> [RedFlagAcknowledgement] {
        try await database.raw("""
            SELECT flag_id, covers, since FROM red_flag_acknowledgements WHERE owner_id = \(bind: owner.rawValue)
            """).all().map { row in
            RedFlagAcknowledgement(flagID: try row.value("flag_id"), covers: try row.value("covers"), since: try row.localDate("since"))
        }
    }

    /// Stores acknowledgements (an identical one already stored is kept as it is).
    public func insertAcknowledgements(_ acknowledgements: [RedFlagAcknowledgement]) async throws {
        for ack in acknowledgements {
            try await database.insert(into: "red_flag_acknowledgements")
                .columns("id", "owner_id", "flag_id", "covers", "since", "acknowledged_at")
                .values(newID(), owner.rawValue, ack.flagID, ack.covers, ack.since.description, now())
                .ignoringConflicts(with: ["owner_id", "flag_id", "covers", "since"])
                .run()
        }
    }
}

extension StoreSession {
    /// The start dates people gave for twitching in a region, by region key.
    public func regionStarts() async throws -> [String: LocalDate] {
        var starts: [String: LocalDate] = [:]
        for row in try await database.raw("SELECT region, started_on FROM region_starts WHERE owner_id = \(bind: owner.rawValue)").all() {
            starts[try row.value("region")] = try row.localDate("started_on")
        }
        return starts
    }

    /// Saves when twitching in a region started.
    public func saveRegionStart(region: String, startedOn: LocalDate) async throws {
        try await database.insert(into: "region_starts").columns("owner_id", "region", "started_on", "updated_at")
            .values(owner.rawValue, region, startedOn.description, now())
            .onConflict(with: ["owner_id", "region"]) { $0.set(excludedValueOf: "started_on").set(excludedValueOf: "updated_at") }
            .run()
    }
}
