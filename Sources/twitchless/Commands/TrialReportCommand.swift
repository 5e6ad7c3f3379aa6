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
            magnesium_days, control_days_taken, control_days}, untracked_days_excluded, summary (sentences)}; numbers \
            that can't be computed yet are null. The same as GET /api/v1/trial/report.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let design = try await TrialSupport.current(context: context)
                let report = try await TrialSupport.report(design, context: context)
                if output.json { return try Output.json(TrialReportDocument(report)) }
                Output.print(TrialText.render(report))
            }
        }
    }
}
