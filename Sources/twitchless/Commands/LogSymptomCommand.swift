import TwitchlessApp
import Foundation
import ArgumentParser
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct LogSymptomCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        let symptoms = (try? ReferenceLibrary.shipped.symptoms()) ?? []
        let list = symptoms.map { "  \($0.key.padding(to: 24))\($0.label)" }.joined(separator: "\n")
        return CommandConfiguration(
            commandName: "symptom",
            abstract: "Log a symptom other than twitching, so Twitchless can tell you when to see a doctor.",
            discussion: """
                If something feels like an emergency (trouble breathing, chest pain, a sudden drooping face), call \
                your local emergency number first.

                Symptoms:
                \(list)

                Examples:
                  twitchless log symptom muscle_weakness
                  twitchless log symptom cramps_wake_me --at "yesterday 03:00" --note "twice"
                """
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The symptom (see the list above).", valueName: "symptom"))
    var symptom: String

    @Option(help: ArgumentHelp("When you noticed it (default: now).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("A short note.", valueName: "text"))
    var note: String?

    func run() async throws {
        try await reportingErrors {
            let vocabulary = try ReferenceLibrary.shipped.symptoms()
            let key = symptom.vocabularyKey
            guard let known = vocabulary.first(where: { $0.key == key }) else {
                throw TwitchlessError.invalidInput("\"\(symptom)\" is not a symptom Twitchless knows.",
                    fix: "See the list with: twitchless log symptom --help. Twitching itself is logged with: twitchless log episode")
            }
            let text = try NoteText.clean(note)
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let time = try FriendlyTime.parse(at ?? "now", now: context.now, clock: context.clock)
            let before = try await SafetyReview.activeRedFlags(context: context)
            let logged = LoggedSymptom(key: known.key, at: time, note: text)
            let added = try await context.write { try await $0.insertSymptom(logged) }
            let raised = try await SafetyReview.newFlags(before: before, context: context)
            SafetyReview.report([added ? "Logged: \(known.label.lowercased()), at \(time.clockText) on \(time.localDate)."
                                       : "This symptom is already in your log at that time, so it wasn't added again."], raised: raised)
            if known.magnesiumRole == .diarrhoea {
                for notice in try await SafetyReview.diarrhoeaNotices(context: context) { print("\n" + NoticeLines.render(notice)) }
            }
        }
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
