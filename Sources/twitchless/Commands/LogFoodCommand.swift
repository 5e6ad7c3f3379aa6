import TwitchlessApp
import TwitchlessStore
import ArgumentParser
import TwitchlessCore
import TwitchlessReference

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
            let library = ReferenceLibrary.shipped
            let index = try library.foodIndex()
            let food: USDAFood
            var alternatives: [USDAFood] = []
            let query = words.joined(separator: " ")
            if let id {
                guard let found = index.food(id: id.trimmingWhitespace()) else {
                    throw TwitchlessError.notFound("There is no food number \(id) in the USDA table.", fix: "Find the number with: twitchless food search WORDS")
                }
                food = found
            } else {
                let results = index.search(query, limit: 4).map(\.food)
                alternatives = Array(results.dropFirst())
                guard let best = results.first else {
                    throw TwitchlessError.notFound("No food in the USDA table matches \"\(query)\".",
                                                   fix: "Try fewer or simpler words, or search with: twitchless food search WORDS")
                }
                food = best
            }
            let portions = try library.portions(forFood: food.id)
            guard let amount else {
                throw TwitchlessError.invalidInput("Please say how much \(food.description) you had, with --amount.",
                                                   fix: FoodAmount.portionHint(portions))
            }
            let parsed = try FoodAmount(parsing: amount)
            let (grams, label) = try parsed.grams(in: portions, foodName: food.description)
            guard grams <= 10_000 else {
                throw TwitchlessError.invalidInput("\(DecimalText.format(grams)) g of one food can't be right.", fix: "Please check the amount.")
            }
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let eatenAt = try FriendlyTime.parse(at ?? "now", now: context.now, clock: context.clock)
            let magnesium = food.magnesiumPer100g.map { Milligrams($0 * grams / 100) }
            let intake = FoodIntake(foodID: food.id, description: food.description, eatenAt: eatenAt, grams: grams,
                                    portion: label, magnesium: magnesium)
            try await context.write { try await $0.insertFoodIntake(intake) }
            if let magnesium {
                print("Logged \(label) of \(food.description): \(DecimalText.format(magnesium.value, digits: 1)) mg magnesium.")
            } else {
                print("Logged \(label) of \(food.description). The USDA table has no magnesium value for this food, so it adds nothing to your total.")
            }
            if !alternatives.isEmpty {
                print("Not the right food? Log it again with --id, e.g.:")
                for other in alternatives { print("  --id \(other.id)  \(other.description)") }
                print("More: twitchless food search \"\(query)\"")
            }
        }
    }
}
