import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct FoodSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find foods by name, with magnesium per 100 g and household portions.",
        discussion: """
            Words can come in any order; plurals and the start of a word are enough.

            Examples:
              twitchless food search pumpkin seeds
              twitchless food search spinach boiled --limit 5
              twitchless food search almond --json

            JSON: {query, foods: [{id, description, food_group, magnesium_mg_per_100g (null when SR28 has no \
            value), portions}]}; each food as GET /api/v1/foods shows it.
            """
    )

    @Argument(help: ArgumentHelp("Words to search for.", valueName: "words"))
    var words: [String]

    @Option(help: ArgumentHelp("How many results to show.", valueName: "n"))
    var limit: Int = 10

    @OptionGroup var output: JSONOption

    func validate() throws {
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be between 1 and 100.") }
    }

    func run() async throws {
        try await reportingErrors {
            let library = ReferenceLibrary.shipped
            let query = words.joined(separator: " ")
            let results = try FoodLogging.search(query, limit: limit, library: library)
            if output.json {
                return try Output.json(FoodSearchJSON(query: query, foods: results.map { FoodDocument($0.food, portions: $0.portions) }))
            }
            guard !results.isEmpty else {
                throw TwitchlessError.notFound(
                    "No food in the USDA table matches \"\(query)\".",
                    fix: "Try fewer or simpler words, like \"almond\" or \"spinach\"."
                )
            }
            for result in results {
                let magnesium = result.food.magnesiumPer100g.map { "\(DecimalText.format($0, digits: 1)) mg Mg/100 g" } ?? "no magnesium value"
                Output.print("\(result.food.id)  \(result.food.description)  (\(magnesium))")
                let portions = result.portions.prefix(4).map(\.label)
                if !portions.isEmpty { Output.print("       portions: \(portions.joined(separator: "; "))") }
            }
            Output.print("\nLog one with: twitchless log food \"\(query)\" --amount \"1 cup\" (or --id NDB to pick a line above)")
        }
    }

    struct FoodSearchJSON: Encodable {
        let query: String
        let foods: [FoodDocument]
    }
}
