package import TwitchlessCore
package import TwitchlessReference
import TwitchlessStore

/// Logging a symptom from the vocabulary, as `log symptom` does, with the red flags it raises.
package enum SymptomLogging {
    package struct Outcome: Sendable {
        package var symptom: LoggedSymptom
        package var isAdded: Bool
        package var message: String
        /// New red flags and dose notices, emergencies first.
        package var notices: [Notice]
    }

    package static func vocabulary(_ library: ReferenceLibrary) throws(TwitchlessError) -> [Symptom] { try library.symptoms() }

    /// - Throws: `invalidInput` for a symptom that isn't in the vocabulary, a note that is too long, or a time that can't be right.
    package static func log(key raw: String?, at: String?, note: String?, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let key = (raw ?? "").vocabularyKey
        guard let known = try context.reference.symptoms().first(where: { $0.key == key }) else {
            throw .invalidInput("\"\(raw ?? "")\" is not a symptom Twitchless knows.",
                                fix: "Choose one from the list. Twitching itself is logged as an episode.")
        }
        let text = try NoteText.clean(note)
        let time = try FriendlyTime.parse(FoodLogging.nonEmpty(at) ?? "now", now: context.now, clock: context.clock)
        let before = try await SafetyReview.activeRedFlags(context: context)
        let logged = LoggedSymptom(key: known.key, at: time, note: text)
        let added = try await context.write { try await $0.insertSymptom(logged) }
        var notices = try await SafetyReview.newFlags(before: before, context: context).map { $0.notice() }
        if known.magnesiumRole == .diarrhoea { notices += try await SafetyReview.diarrhoeaNotices(context: context) }
        return Outcome(symptom: logged, isAdded: added,
                       message: added ? "Logged: \(known.label.lowercased()), at \(time.clockText) on \(time.localDate)."
                                      : "This symptom is already in your log at that time, so it wasn't added again.",
                       notices: notices.sortedByUrgency())
    }
}
