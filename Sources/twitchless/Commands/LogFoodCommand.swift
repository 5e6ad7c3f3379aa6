import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct LogFoodCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "food",
        abstract: "Log food you ate, from the USDA food table, for its magnesium.",
        discussion: """
            The best match for your words is used and shown; to choose another, find its number with \
            `twitchless food search` and pass --id. Amounts are grams or one of the food's household portions.

            Examples:
              twitchless log food "pumpkin seeds" --amount "1 oz"
              twitchless log food spinach boiled --amount "1/2 cup"
              twitchless log food --id 12016 --amount "30 g" --at "yesterday 19:30"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Words naming the food.", valueName: "food"))
    var words: [String] = []

    @Option(help: ArgumentHelp("The USDA food number (NDB), from `twitchless food search`.", valueName: "ndb"))
    var id: String?

    @Option(help: ArgumentHelp("How much: \"30 g\", \"1 cup\", \"1/2 cup\", \"2 tbsp\", \"1 oz\"…", valueName: "amount"))
    var amount: String?

    @Option(help: ArgumentHelp("When you ate it (default: now).", valueName: "time"))
    var at: String?

    func validate() throws {
        if words.isEmpty && id == nil { throw ValidationError("Please name the food, or give its number with --id.") }
    }

    func run() async throws {
        try await reportingErrors {
            let query = words.joined(separator: " ")
            try await withContext(global) { context in
                let outcome = try await FoodLogging.log(foodID: id, query: query, amount: amount, at: at, context: context)
                Output.print(outcome.message)
                if !outcome.alternatives.isEmpty {
                    Output.print("Not the right food? Log it again with --id, e.g.:")
                    for other in outcome.alternatives { Output.print("  --id \(other.id)  \(other.description)") }
                    Output.print("More: twitchless food search \"\(query)\"")
                }
            }
        }
    }
}
