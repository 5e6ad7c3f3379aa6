import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct TrialReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "What your trial shows so far (marked interim while it runs).",
        discussion: """
            Per block: the mean daily episode count in each arm over analysed tracked days (washout days and days you \
            didn't check in are left out), and d = control mean − magnesium mean. The estimate is the mean of d with a \
            95% interval from the t distribution; the primary p is the exact randomization p over every possible order \
            of the blocks; the paired t-test p and the probability that magnesium reduces episodes (flat prior) are \
            also given.

            Examples:
              twitchless trial report
              twitchless trial report --json

            JSON: {interim, blocks: [{magnesium_mean, control_mean, difference, analysed_days}], estimate, ci_low, ci_high, \
            p_t, p_randomization, prob_benefit, adherence {periods: [{block, arm, days_taken, days}], magnesium_days_taken, \
            magnesium_days, control_days_taken, control_days}, untracked_days_excluded}; numbers that can't be computed yet are null.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    struct BlockJSON: Encodable {
        @Nullable var magnesium_mean: Double?
        @Nullable var control_mean: Double?
        @Nullable var difference: Double?
        let analysed_days: Int
    }

    struct PeriodJSON: Encodable {
        let block: Int
        let arm: String
        let days_taken: Int
        let days: Int
    }

    struct AdherenceJSON: Encodable {
        let periods: [PeriodJSON]
        let magnesium_days_taken: Int
        let magnesium_days: Int
        let control_days_taken: Int
        let control_days: Int
    }

    struct JSON: Encodable {
        let interim: Bool
        let blocks: [BlockJSON]
        @Nullable var estimate: Double?
        @Nullable var ci_low: Double?
        @Nullable var ci_high: Double?
        @Nullable var p_t: Double?
        @Nullable var p_randomization: Double?
        @Nullable var prob_benefit: Double?
        let adherence: AdherenceJSON
        let untracked_days_excluded: Int
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let design = try await TrialSupport.current(context: context)
                let report = try await TrialSupport.report(design, context: context)
                let stats = report.statistics
                if output.json {
                    try Output.json(
                        JSON(
                            interim: report.isInterim,
                            blocks: report.blocks.map {
                                BlockJSON(
                                    magnesium_mean: $0.data.magnesiumMean,
                                    control_mean: $0.data.controlMean,
                                    difference: $0.data.difference,
                                    analysed_days: $0.data.magnesiumDays + $0.data.controlDays
                                )
                            },
                            estimate: stats.estimate,
                            ci_low: stats.ciLow,
                            ci_high: stats.ciHigh,
                            p_t: stats.pT,
                            p_randomization: stats.pRandomization,
                            prob_benefit: stats.probabilityOfBenefit,
                            adherence: AdherenceJSON(
                                periods: report.adherence.periods.map {
                                    PeriodJSON(block: $0.block + 1, arm: $0.arm.rawValue, days_taken: $0.daysTaken, days: $0.days)
                                },
                                magnesium_days_taken: report.adherence.magnesiumDaysTaken,
                                magnesium_days: report.adherence.magnesiumDays,
                                control_days_taken: report.adherence.controlDaysTaken,
                                control_days: report.adherence.controlDays
                            ),
                            untracked_days_excluded: report.untrackedDaysExcluded
                        )
                    )
                    return
                }
                print(TrialText.render(report))
            }
        }
    }
}
