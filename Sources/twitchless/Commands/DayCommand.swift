import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct DayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day",
        abstract: "One day's episodes, factors and magnesium, like `today` for another date.",
        discussion: """
            Examples:
              twitchless day yesterday
              twitchless day 2026-11-20 --json

            JSON fields: the same as `today --json`.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The day: YYYY-MM-DD, today, yesterday or \"3 days ago\".", valueName: "date"))
    var date: String

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let day = try FriendlyTime.parseDate(date, today: context.today)
                let (summary, document) = try await DaySummaryLoader.loadWithRedFlags(context: context, date: day)
                let view = DaySummaryView(summary: summary, today: context.today)
                guard output.json else { return Output.print(view.text) }
                try Output.json(document)
            }
        }
    }
}
