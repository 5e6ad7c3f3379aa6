import ArgumentParser
import TwitchlessApp

struct TrialCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trial",
        abstract: "Find out whether magnesium helps you: a randomized N-of-1 trial.",
        discussion: """
            A trial alternates magnesium periods with control periods (no supplement, or your own placebo) in random \
            order within each block, then compares your daily episode counts. The design follows the AHRQ user's guide \
            to N-of-1 trials (Kravitz & Duan, 2014) and the CONSORT extension for N-of-1 trials (CENT 2015). Block \
            length, washout and number of blocks are design choices, not medical numbers: no source gives a validated \
            length for magnesium.

            Examples:
              twitchless trial design --product "Magnesium glycinate" --servings 2
              twitchless trial start --product "Magnesium glycinate" --servings 2
              twitchless trial status
              twitchless trial report
            """,
        subcommands: [TrialDesignCommand.self, TrialStartCommand.self, TrialStatusCommand.self, TrialReportCommand.self, TrialShowCommand.self]
    )
}

/// The choices that make a design.
struct TrialOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The magnesium product to take in magnesium periods (from `twitchless supplement list`).", valueName: "name"))
    var product: String

    @Option(help: ArgumentHelp("Servings a day in magnesium periods.", valueName: "number"))
    var servings: Double = 1

    @Option(help: ArgumentHelp("Number of blocks, each one magnesium and one control period (at least 3).", valueName: "n"))
    var blocks: Int = 6

    @Option(name: .customLong("period-days"), help: ArgumentHelp("Days in each period.", valueName: "days"))
    var periodDays: Int = 14

    @Option(
        name: .customLong("washout-days"),
        help: ArgumentHelp("First days of each period left out of the analysis.", valueName: "days")
    )
    var washoutDays: Int = 4

    @Flag(help: "Control periods use your own placebo instead of no supplement.")
    var placebo = false

    @Option(help: ArgumentHelp("The first day (default tomorrow; YYYY-MM-DD).", valueName: "date"))
    var start: String?
}

extension TrialOptions {
    /// The options as the request the trial services take.
    var request: TrialRequest {
        TrialRequest(
            product: product,
            servings: servings,
            blocks: blocks,
            periodDays: periodDays,
            washoutDays: washoutDays,
            placebo: placebo,
            start: start
        )
    }
}
