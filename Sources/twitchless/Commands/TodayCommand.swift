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

            JSON fields (the same as GET /api/v1/today): date, tracked, episodes (count), episode_list [{id, \
            started_at, site, kind, intensity, duration_seconds, pain, note}], factors, imported_factors, foods, \
            supplements, magnesium {food_mg, supplement_mg, total_mg, percent_of_recommended, recommended_mg, \
            recommended_mg_range (when the sex isn't set), recommended_kind, life_stage, supplement_upper_limit_mg \
            (null when none is established), supplement_upper_limit_body, over_supplement_upper_limit, …}, \
            notices [{id, severity, message, fix, next_step, source}].
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let (summary, document) = try await DaySummaryLoader.loadWithRedFlags(context: context, date: context.today)
                let view = DaySummaryView(summary: summary, today: context.today)
                guard output.json else { return Output.print(view.text) }
                try Output.json(document)
            }
        }
    }
}
