import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct TodayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Today's episodes, factors and magnesium against your reference values.",
        discussion: """
            Examples:
              twitchless today
              twitchless today --json

            JSON fields: date, tracked, episodes (count), episode_list, factors, foods, supplements, \
            magnesium {food_mg, supplement_mg, total_mg, percent_of_rda, rda_mg (null when a range applies), \
            rda_mg_range, rda_kind, life_stage, supplement_ul_mg (null when none is established), \
            supplement_ul_body, over_supplement_ul, …}, notices [{id, severity, message, fix, source}].
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let summary = try await DaySummaryLoader.loadWithRedFlags(context: context, date: context.today)
                let view = DaySummaryView(summary: summary, today: context.today)
                if output.json { try Output.json(view.json) } else { print(view.text) }
            }
        }
    }
}
