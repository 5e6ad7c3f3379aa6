import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct TrialStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a trial: the order within each block is drawn at random and stored; it never changes.",
        discussion: """
            The seed is drawn from the system's cryptographic random source and stored with the order it gives; \
            --seed reproduces a given order.

            Example:
              twitchless trial start --product "Magnesium glycinate" --servings 2
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: TrialOptions

    @Option(help: ArgumentHelp("Use this seed instead of a random one (to reproduce an order).", valueName: "n"))
    var seed: UInt64?

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let plan = try await TrialPlanning.start(options.request, seed: seed, context: context)
                Output.print("Your trial is set up (seed \(plan.design.seed)).\n")
                for line in plan.lines { Output.print(Output.wrap(line, indent: "  ")) }
                Output.print("\nEach day, `twitchless trial status` tells you what to take.")
            }
        }
    }
}
