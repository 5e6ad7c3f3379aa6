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

            JSON: {start, end, period_days, washout_days, product, servings, placebo, seed, blocks: [["control","magnesium"], …]}.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    struct JSON: Encodable {
        let start: String
        let end: String
        let period_days: Int
        let washout_days: Int
        let product: String
        let servings: Double
        let placebo: Bool
        let seed: String
        let blocks: [[String]]
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let design = try await TrialSupport.current(context: context)
                if output.json {
                    try Output.json(
                        JSON(
                            start: design.startDate.description,
                            end: design.endDate.description,
                            period_days: design.periodDays,
                            washout_days: design.washoutDays,
                            product: design.product,
                            servings: design.servings,
                            placebo: design.usesPlacebo,
                            seed: String(design.seed),
                            blocks: design.allocation.map { $0.map(\.rawValue) }
                        )
                    )
                    return
                }
                for line in TrialSupport.describe(design, daily: nil) { print(Output.wrap(line)) }
                for (index, order) in design.allocation.enumerated() {
                    print("  Block \(index + 1): \(order.map(\.rawValue).joined(separator: ", then "))")
                }
            }
        }
    }
}
