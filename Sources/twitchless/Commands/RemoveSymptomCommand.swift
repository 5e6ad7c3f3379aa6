import TwitchlessApp
import ArgumentParser
import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct RemoveSymptomCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "symptom",
        abstract: "Remove a symptom logged by mistake.",
        discussion: """
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
            let key = symptom.vocabularyKey
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let minute = try RemoveTime.minute(at, context: context)
            let removed = try await context.write { try await $0.deleteSymptoms(key: key, inMinuteStarting: minute.epochSeconds) }
            guard removed > 0 else {
                throw TwitchlessError.notFound("No \(key) was logged at \(minute.clockText) on \(minute.localDate).",
                                               fix: "See your notices with: twitchless check")
            }
            print("Removed \(key) logged at \(minute.clockText) on \(minute.localDate).")
        }
    }
}
