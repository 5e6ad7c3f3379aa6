import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct TrialDesignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "design",
        abstract: "Propose a trial plan and explain it (nothing is stored).",
        discussion: """
            Example:
              twitchless trial design --product "Magnesium glycinate" --servings 2 --blocks 6
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: TrialOptions

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let plan = try await TrialPlanning.preview(options.request, context: context)
                Output.print("A proposed trial:\n")
                for line in plan.lines { Output.print(Output.wrap(line, indent: "  ")) }
                Output.print("\nThe order of magnesium and control in each block is drawn at random when you start:")
                Output.print("  twitchless trial start --product \"\(plan.design.product)\" --servings \(DecimalText.format(plan.design.servings))")
            }
        }
    }
}
