import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct TrialShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "The stored design of your trial, including the order within each block.",
        discussion: """
            Example:
              twitchless trial show --json

            JSON: {start, end, product, servings, blocks (how many), period_days, washout_days, placebo, seed, \
            block_arms: [["control","magnesium"], …], plan (sentences), today, today_arm, today_position}; the same as \
            GET /api/v1/trial.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let design = try await TrialSupport.current(context: context)
                if output.json {
                    return try Output.json(TrialDocument(design, plan: TrialSupport.describe(design, daily: nil), today: context.today))
                }
                for line in TrialSupport.describe(design, daily: nil) { Output.print(Output.wrap(line)) }
                for (index, order) in design.allocation.enumerated() {
                    Output.print("  Block \(index + 1): \(order.map(\.rawValue).joined(separator: ", then "))")
                }
            }
        }
    }
}
