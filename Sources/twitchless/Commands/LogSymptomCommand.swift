import ArgumentParser
import Foundation
import TwitchlessApp
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
            try await withContext(global) { context in
                let outcome = try await SymptomLogging.log(key: symptom, at: at, note: note, context: context)
                NoticeLines.report([outcome.message], notices: outcome.notices)
            }
        }
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
