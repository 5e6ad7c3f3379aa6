import TwitchlessApp
import ArgumentParser
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
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let design = try await TrialSupport.design(options.request, seed: 0, context: context)
            let product = try await context.read { try await $0.product(named: design.product) }
            print("A proposed trial:\n")
            for line in TrialSupport.describe(design, daily: product.map { $0.product.elementalPerServing * design.servings }) {
                print(Output.wrap(line, indent: "  "))
            }
            print("\nThe order of magnesium and control in each block is drawn at random when you start:")
            print("  twitchless trial start --product \"\(design.product)\" --servings \(DecimalText.format(design.servings))")
        }
    }
}
