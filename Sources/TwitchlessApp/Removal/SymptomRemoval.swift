package import TwitchlessCore
import TwitchlessReference
package import TwitchlessStore

/// Removing a symptom logged by mistake: the one action the command line, the web app and the API share. Its red
/// flag goes with it, and the doctor report says nothing of it (POLICIES.md: How long a red flag is shown).
package enum SymptomRemoval {
    /// Which symptom: a row id (web and API), or a symptom and the minute it was logged for (command line).
    package enum Selector: Sendable {
        case id(SymptomID)
        case logged(key: String, at: String)
    }

    package struct Outcome: Sendable {
        package var removed: [StoredSymptom]
        /// "Removed difficulty breathing, logged at 20:30 on 2026-11-24."
        package var message: String
        /// The red flags shown before that are gone now.
        package var clearedFlags: [RaisedRedFlag]
    }

    /// The symptoms logged in the last `days` days (default: as long as their flags are shown), newest first, with
    /// their ids, so one logged by mistake can be picked.
    package static func recent(days: Int? = nil, context: AppContext) async throws(TwitchlessError) -> [StoredSymptom] {
        let count: Int
        if let days { count = days } else { count = try context.reference.safetyPolicy().symptomFlagDays }
        let since = context.today.adding(days: -(count - 1))
        return try await context.read { try await $0.storedSymptoms(since: since) }
    }

    /// - Throws: `notFound` when no such symptom was logged by this person (another person's id included);
    ///   `invalidInput` for a time that can't be read.
    package static func remove(_ selector: Selector, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let labels = Dictionary(try context.reference.symptoms().map { ($0.key, $0.label.lowercased()) }, uniquingKeysWith: { a, _ in a })
        // Which rows: by id, or by the symptom and the minute it was logged for (read before the transaction opens).
        enum Rows: Sendable {
            case id(SymptomID)
            case logged(key: String, minute: Timestamp)
        }
        let rows: Rows
        switch selector {
        case .id(let id): rows = .id(id)
        case .logged(let rawKey, let at): rows = .logged(key: rawKey.vocabularyKey, minute: try RemoveTime.minute(at, context: context))
        }
        // The flags shown before and after are read in the removal's own transaction, so nothing else slips between.
        let (removed, before, after) = try await context.write { session -> ([StoredSymptom], [RaisedRedFlag], [RaisedRedFlag]) in
            let found: [StoredSymptom]
            switch rows {
            case .id(let id): found = try await session.storedSymptom(id: id).map { [$0] } ?? []
            case .logged(let key, let minute): found = try await session.storedSymptoms(key: key, inMinuteStarting: minute.epochSeconds)
            }
            guard !found.isEmpty else { return ([], [], []) }
            let before = try await SafetyReview.activeRedFlags(in: session, context: context)
            try await session.deleteSymptoms(ids: found.map(\.id))
            return (found, before, try await SafetyReview.activeRedFlags(in: session, context: context))
        }
        guard !removed.isEmpty else {
            switch rows {
            case .id(let id):
                throw .notFound("There is no symptom \"\(id)\" in your log to remove.", fix: "See the symptoms you logged.", next: .seeSymptoms)
            case .logged(let key, let minute):
                throw .notFound(
                    "No \(labels[key] ?? key) was logged at \(minute.clockText) on \(DateWords.day(minute.localDate)).",
                    fix: "See the symptoms you logged.",
                    next: .seeSymptoms
                )
            }
        }
        // A flag is gone when nothing about the same sign is shown any more (another log of it may keep it).
        func subject(_ flag: RaisedRedFlag) -> String { "\(flag.flag.id)|\(flag.covers.split(separator: "@").first ?? "")" }
        let remaining = Set(after.map(subject))
        let cleared = before.filter { !remaining.contains(subject($0)) }
        let what = removed.map { "\(labels[$0.symptom.key] ?? $0.symptom.key), logged at \($0.symptom.at.clockText) on \($0.symptom.at.localDate)" }
        return Outcome(removed: removed, message: "Removed \(what.joined(separator: "; ")).", clearedFlags: cleared)
    }
}
