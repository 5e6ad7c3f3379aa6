import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct AnalyzeTriggersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triggers",
        abstract: "Which day factors go with more episodes for you, with rate ratios and 95% intervals.",
        discussion: """
            Each day you checked in is one observation: its episode count (0 when none) against that day's factors. \
            Two count models are fitted: Poisson, and negative binomial (NB2), which allows for days that vary more \
            than chance; NB2 leads when it finds that extra variation. Factors logged on fewer than half of your \
            checked-in days, or that never change, are left out and said so. At least 60 complete days and 30 \
            episodes are needed. Rate ratios are per hour of sleep, point of stress, 100 mg of caffeine, drink of \
            alcohol, litre of water, 30 minutes of exercise and processed meal; p-values are also given Holm-adjusted \
            for testing several factors. A link is not proof of a cause.

            Examples:
              twitchless analyze triggers
              twitchless analyze triggers --lags --day-of-week
              twitchless analyze triggers --json

            JSON: {days_used, days_tracked, days_dropped_for_missing, episodes_used, factors_used, factors_excluded {name: reason}, \
            status (ok, not_estimable, not_enough_data), reason, lead_model, factors [the lead model's {factor, rate_ratio, \
            ci_low, ci_high, p, p_holm, days, sentence}], poisson {pearson_chi2_df, factors {name: {same}}}, \
            negative_binomial {alpha, factors {name: {same}}}}; the same as GET /api/v1/analysis/triggers. Lagged \
            factors are named <factor>_lag1.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Flag(help: "Also use yesterday's value of each factor (evening caffeine and alcohol act overnight).")
    var lags = false

    @Flag(name: .customLong("day-of-week"), help: "Adjust for the day of the week.")
    var dayOfWeek = false

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let result = try await TriggerAnalysisLoader.run(context: context, options: .init(lags: lags, dayOfWeek: dayOfWeek))
                if output.json { try Output.json(AnalysisDocument(result)) } else { Output.print(TriggerText.render(result)) }
            }
        }
    }
}
