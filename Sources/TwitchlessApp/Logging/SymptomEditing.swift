package import TwitchlessCore
import TwitchlessReference
package import TwitchlessStore

/// Correcting a symptom already logged: when it happened, and its note. The red flags are read before and after in
/// the same transaction, so the person is told which flags the change raised or cleared. (Another symptom is a new
/// log: remove this one and log that.)
package enum SymptomEditing {
    package struct Outcome: Sendable {
        package var stored: StoredSymptom
        package var message: String
        /// Red flags the change raised, most urgent first.
        package var notices: [Notice]
        /// Red flags shown before that are gone now.
        package var clearedFlags: [RaisedRedFlag]
    }

    /// The person's symptom with this id.
    package static func symptom(_ id: SymptomID, context: AppContext) async throws(TwitchlessError) -> StoredSymptom {
        guard let stored = try await context.read({ try await $0.storedSymptom(id: id) }) else { throw notFound }
        return stored
    }

    static let notFound = TwitchlessError(
        .notFound,
        "There is no symptom with this id in your log.",
        fix: "See the symptoms you logged.",
        next: .seeSymptoms
    )

    /// - Throws: `notFound` for an id the person doesn't have; `invalidInput` for a time that can't be right or a
    ///   note that is too long; `conflict` when the same symptom is already logged at the new time.
    package static func edit(
        _ id: SymptomID,
        at: String?,
        note: EpisodeEditing.Change<String>,
        context: AppContext
    ) async throws(TwitchlessError) -> Outcome {
        let time = try InputText.given(at).map { text throws(TwitchlessError) in try context.time(text) }
        let note = try note.cleaned()
        let labels = Dictionary(try context.reference.symptoms().map { ($0.key, $0.label.lowercased()) }, uniquingKeysWith: { a, _ in a })
        let (stored, before, after) = try await context.write { session -> (StoredSymptom, [RaisedRedFlag], [RaisedRedFlag]) in
            guard let stored = try await session.storedSymptom(id: id) else { throw notFound }
            var symptom = stored.symptom
            if let time { symptom.at = time }
            symptom.note = note.applied(to: symptom.note)
            if symptom.at.epochSeconds != stored.symptom.at.epochSeconds {
                let minute = symptom.at.epochSeconds - symptom.at.epochSeconds % 60
                if try await session.storedSymptoms(key: symptom.key, inMinuteStarting: minute).contains(where: {
                    $0.id != id && $0.symptom.at.epochSeconds == symptom.at.epochSeconds
                }) {
                    throw TwitchlessError(
                        .conflict,
                        "\(labels[symptom.key]?.sentenceCased ?? symptom.key) is already logged at \(symptom.at.clockText) on \(symptom.at.localDate).",
                        fix: "Choose another time, or remove one of the two.",
                        next: .seeSymptoms
                    )
                }
            }
            let before = try await SafetyReview.activeRedFlags(in: session, context: context)
            guard try await session.replaceSymptom(id: id, with: symptom) else { throw notFound }
            return (StoredSymptom(id: id, symptom: symptom), before, try await SafetyReview.activeRedFlags(in: session, context: context))
        }
        func subject(_ flag: RaisedRedFlag) -> String { "\(flag.flag.id)|\(flag.covers.split(separator: "@").first ?? "")" }
        let shownBefore = Set(before.map(subject))
        let shownAfter = Set(after.map(subject))
        let label = labels[stored.symptom.key] ?? stored.symptom.key
        return Outcome(
            stored: stored,
            message: "Saved: \(label), at \(stored.symptom.at.clockText) on \(stored.symptom.at.localDate).",
            notices: after.filter { !shownBefore.contains(subject($0)) }.map { $0.notice() }.sortedByUrgency(),
            clearedFlags: before.filter { !shownAfter.contains(subject($0)) }
        )
    }
}
