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
            status (ok, not_estimable, not_enough_data), reason, lead_model, poisson {pearson_chi2_df, factors {name: \
            {rate_ratio, ci_low, ci_high, p, p_holm, days}}}, negative_binomial {alpha, factors {same}}}. Lagged factors \
            are named <factor>_lag1.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Flag(help: "Also use yesterday's value of each factor (evening caffeine and alcohol act overnight).")
    var lags = false

    @Flag(name: .customLong("day-of-week"), help: "Adjust for the day of the week.")
    var dayOfWeek = false

    struct EstimateJSON: Encodable {
        let rate_ratio: Double
        let ci_low: Double
        let ci_high: Double
        let p: Double
        let p_holm: Double
        let days: Int
    }

    struct ModelJSON: Encodable {
        @Nullable var pearson_chi2_df: Double?
        @Nullable var alpha: Double?
        let factors: [String: EstimateJSON]
    }

    struct JSON: Encodable {
        let status: String
        @Nullable var reason: String?
        let days_tracked: Int
        let days_used: Int
        let days_dropped_for_missing: Int
        let episodes_used: Int
        let factors_used: [String]
        let factors_excluded: [String: String]
        @Nullable var lead_model: String?
        @Nullable var poisson: ModelJSON?
        @Nullable var negative_binomial: ModelJSON?
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let result = try await TriggerAnalysisLoader.run(context: context, options: .init(lags: lags, dayOfWeek: dayOfWeek))
                if output.json { try Output.json(json(result)) } else { print(TriggerText.render(result)) }
            }
        }
    }

    func json(_ result: TriggerAnalysis.Result) -> JSON {
        func model(_ model: TriggerAnalysis.ModelResult?, poisson: Bool) -> ModelJSON? {
            model.map { model in
                ModelJSON(
                    pearson_chi2_df: poisson ? model.pearsonChi2PerDF : nil,
                    alpha: poisson ? nil : model.alpha,
                    factors: model.factors.mapValues {
                        EstimateJSON(
                            rate_ratio: $0.rateRatio,
                            ci_low: $0.ciLow,
                            ci_high: $0.ciHigh,
                            p: $0.p,
                            p_holm: $0.pHolm,
                            days: result.daysUsed
                        )
                    }
                )
            }
        }
        let (status, reason): (String, String?) =
            switch result.status {
            case .ok: ("ok", nil)
            case .notEstimable(let reason): ("not_estimable", reason)
            case .notEnoughData(let reason): ("not_enough_data", reason)
            }
        return JSON(
            status: status,
            reason: reason,
            days_tracked: result.daysTracked,
            days_used: result.daysUsed,
            days_dropped_for_missing: result.daysDroppedForMissing,
            episodes_used: result.episodesUsed,
            factors_used: result.factorsUsed,
            factors_excluded: result.factorsExcluded,
            lead_model: result.poisson == nil ? nil : (result.leadsWithNegativeBinomial ? "negative_binomial" : "poisson"),
            poisson: model(result.poisson, poisson: true),
            negative_binomial: model(result.negativeBinomial, poisson: false)
        )
    }
}
