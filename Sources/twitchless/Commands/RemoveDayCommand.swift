import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct RemoveDayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day",
        abstract: "Remove a day's check-in and factors (its episodes, foods and supplements stay).",
        discussion: """
            Example:
              twitchless remove day 2026-11-20
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The day: YYYY-MM-DD, today or yesterday.", valueName: "date"))
    var date: String

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                Output.print(try await DayCheckIn.remove(date: date, context: context))
            }
        }
    }
}
