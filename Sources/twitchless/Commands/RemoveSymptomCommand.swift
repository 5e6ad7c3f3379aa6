import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct RemoveSymptomCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "symptom",
        abstract: "Remove a symptom logged by mistake.",
        discussion: """
            The red flag it raised goes with it, and the doctor report says nothing of it.

            Example:
              twitchless remove symptom breathing_difficulty --at 20:30
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The symptom, as logged.", valueName: "symptom"))
    var symptom: String

    @Option(help: ArgumentHelp("When it was logged, to the minute.", valueName: "time"))
    var at: String

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let outcome = try await SymptomRemoval.remove(.logged(key: symptom, at: at), context: context)
                Output.print(outcome.message)
                if !outcome.clearedFlags.isEmpty {
                    Output.print("Its red flag is gone with it: \(outcome.clearedFlags.map(\.flag.sign).joined(separator: "; ")).")
                }
            }
        }
    }
}
