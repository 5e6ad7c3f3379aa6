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
        let before = try await SafetyReview.activeRedFlags(context: context)
        let removed: [StoredSymptom]
        switch selector {
        case .id(let id):
            removed = try await context.write { session in
                guard let found = try await session.storedSymptom(id: id) else { return [] }
                try await session.deleteSymptoms(ids: [found.id])
                return [found]
            }
            guard !removed.isEmpty else {
                throw .notFound("There is no symptom \"\(id)\" in your log to remove.", fix: "See the symptoms you logged.", next: .seeSymptoms)
            }
        case .logged(let rawKey, let at):
            let key = rawKey.vocabularyKey
            let minute = try RemoveTime.minute(at, context: context)
            removed = try await context.write { session in
                let found = try await session.storedSymptoms(key: key, inMinuteStarting: minute.epochSeconds)
                try await session.deleteSymptoms(ids: found.map(\.id))
                return found
            }
            guard !removed.isEmpty else {
                throw .notFound(
                    "No \(labels[key] ?? key) was logged at \(minute.clockText) on \(minute.localDate).",
                    fix: "See the symptoms you logged.",
                    next: .seeSymptoms
                )
            }
        }
        let after = try await SafetyReview.activeRedFlags(context: context)
        // A flag is gone when nothing about the same sign is shown any more (another log of it may keep it).
        func subject(_ flag: RaisedRedFlag) -> String { "\(flag.flag.id)|\(flag.covers.split(separator: "@").first ?? "")" }
        let remaining = Set(after.map(subject))
        let cleared = before.filter { !remaining.contains(subject($0)) }
        let what = removed.map { "\(labels[$0.symptom.key] ?? $0.symptom.key), logged at \($0.symptom.at.clockText) on \($0.symptom.at.localDate)" }
        return Outcome(removed: removed, message: "Removed \(what.joined(separator: "; ")).", clearedFlags: cleared)
    }
}
