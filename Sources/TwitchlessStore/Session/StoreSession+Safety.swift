public import Foundation
import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// Records a symptom; returns false when the same symptom is already logged at that instant.
    public func insertSymptom(_ symptom: LoggedSymptom) async throws -> Bool {
        let existing = try await database.raw(
            """
            SELECT id FROM symptoms WHERE owner_id = \(bind: owner.rawValue) AND symptom = \(bind: symptom.key)
              AND logged_at = \(bind: symptom.at.epochSeconds)
            """
        ).first()
        if existing != nil { return false }
        try await database.insert(into: "symptoms")
            .columns("id", "owner_id", "symptom", "logged_at", "utc_offset_seconds", "local_date", "note", "created_at")
            .values(
                newID(),
                owner.rawValue,
                symptom.key,
                symptom.at.epochSeconds,
                symptom.at.utcOffsetSeconds,
                symptom.at.localDate.description,
                symptom.note,
                now()
            )
            .run()
        return true
    }

    /// Every logged symptom, in time order.
    public func symptoms() async throws -> [LoggedSymptom] {
        try await database.raw(
            """
            SELECT symptom, logged_at, utc_offset_seconds, note FROM symptoms
            WHERE owner_id = \(bind: owner.rawValue) ORDER BY logged_at
            """
        ).all().map { row in
            LoggedSymptom(
                key: try row.value("symptom"),
                at: Timestamp(epochSeconds: try row.value("logged_at"), utcOffsetSeconds: try row.value("utc_offset_seconds")),
                note: try row.optional("note")
            )
        }
    }

    /// Every "I have talked to a doctor about this".
    public func acknowledgements() async throws -> [RedFlagAcknowledgement] {
        try await database.raw(
            """
            SELECT flag_id, covers, since, acknowledged_at FROM red_flag_acknowledgements WHERE owner_id = \(bind: owner.rawValue)
            """
        ).all().map { row in
            let marked = Timestamp(iso8601: try row.value("acknowledged_at"))
            return RedFlagAcknowledgement(
                flagID: try row.value("flag_id"),
                covers: try row.value("covers"),
                since: try row.localDate("since"),
                markedOn: marked?.localDate,
                markedAt: marked?.epochSeconds
            )
        }
    }

    /// Stores acknowledgements made at `at` (an identical one already stored is kept as it is).
    public func insertAcknowledgements(_ acknowledgements: [RedFlagAcknowledgement], at: Date) async throws {
        for ack in acknowledgements {
            try await database.insert(into: "red_flag_acknowledgements")
                .columns("id", "owner_id", "flag_id", "covers", "since", "acknowledged_at")
                .values(newID(), owner.rawValue, ack.flagID, ack.covers, ack.since.description, TwitchlessStore.timestampText(at))
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

/// A logged symptom with its row id, for removing one logged by mistake.
public struct StoredSymptom: Hashable, Sendable {
    public var id: SymptomID
    public var symptom: LoggedSymptom

    public init(id: SymptomID, symptom: LoggedSymptom) {
        self.id = id
        self.symptom = symptom
    }
}

extension StoreSession {
    /// The owner's symptoms logged from `date` on, newest first, with their ids.
    public func storedSymptoms(since date: LocalDate) async throws -> [StoredSymptom] {
        try await database.raw(
            """
            SELECT id, symptom, logged_at, utc_offset_seconds, note FROM symptoms
            WHERE owner_id = \(bind: owner.rawValue) AND local_date >= \(bind: date.description) ORDER BY logged_at DESC, id
            """
        ).all().map(Self.decodeStoredSymptom)
    }

    /// The owner's symptoms logged within the minute beginning at `minute` (epoch seconds), with their ids.
    public func storedSymptoms(key: String, inMinuteStarting minute: Int64) async throws -> [StoredSymptom] {
        try await database.raw(
            """
            SELECT id, symptom, logged_at, utc_offset_seconds, note FROM symptoms
            WHERE owner_id = \(bind: owner.rawValue) AND symptom = \(bind: key) AND logged_at >= \(bind: minute) AND logged_at < \(bind: minute + 60)
            ORDER BY logged_at, id
            """
        ).all().map(Self.decodeStoredSymptom)
    }

    /// The owner's symptom with this id, or nil (also for another owner's id).
    public func storedSymptom(id: SymptomID) async throws -> StoredSymptom? {
        guard
            let row = try await database.raw(
                """
                SELECT id, symptom, logged_at, utc_offset_seconds, note FROM symptoms WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
                """
            ).first()
        else { return nil }
        return try Self.decodeStoredSymptom(row)
    }

    static func decodeStoredSymptom(_ row: any SQLRow) throws -> StoredSymptom {
        StoredSymptom(
            id: try row.value("id"),
            symptom: LoggedSymptom(
                key: try row.value("symptom"),
                at: Timestamp(epochSeconds: try row.value("logged_at"), utcOffsetSeconds: try row.value("utc_offset_seconds")),
                note: try row.optional("note")
            )
        )
    }

    /// Deletes the owner's symptoms with these ids.
    public func deleteSymptoms(ids: [SymptomID]) async throws {
        try await deleteRows(table: "symptoms", ids: ids.map(\.rawValue))
    }
}
