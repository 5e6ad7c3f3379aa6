package import TwitchlessCore
package import TwitchlessReference
import TwitchlessStore

/// Logging a symptom from the vocabulary, with the red flags it raises: one action for the command line, the web
/// app and the API.
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
        guard let text = InputText.given(raw) else {
            throw .invalidInput(
                "The symptom is missing.",
                fix: "Choose one from the list. Twitching itself is logged as an episode.",
                next: .give(.symptom, example: nil)
            )
        }
        let key = text.vocabularyKey
        guard let known = try context.reference.symptoms().first(where: { $0.key == key }) else {
            throw .invalidInput(
                "\"\(raw ?? "")\" is not a symptom Twitchless knows.",
                fix: "Choose one from the list. Twitching itself is logged as an episode.",
                next: .give(.symptom, example: nil)
            )
        }
        let note = try NoteText.clean(InputText.given(note))
        let time = try context.time(at)
        let logged = LoggedSymptom(key: known.key, at: time, note: note)
        let (added, raised, _) = try await SafetyReview.raising(context: context) { try await $0.insertSymptom(logged) }
        var notices = raised.map { $0.notice() }
        if known.magnesiumRole == .diarrhoea { notices += try await SafetyReview.diarrhoeaNotices(context: context) }
        return Outcome(
            symptom: logged,
            isAdded: added,
            message: added
                ? "Logged: \(known.label.lowercased()), at \(time.clockText) on \(DateWords.day(time.localDate))."
                : "This symptom is already in your log at that time, so it wasn't added again.",
            notices: notices.sortedByUrgency()
        )
    }
}
