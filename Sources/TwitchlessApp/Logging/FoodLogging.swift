package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// Logging a food from the USDA table, by its number or the best match for words, with an amount: one action for
/// the command line, the web app and the API.
package enum FoodLogging {
    package struct Outcome: Sendable {
        package var id: FoodIntakeID
        package var intake: FoodIntake
        /// Other foods that matched the words, for "not the right food?".
        package var alternatives: [USDAFood]
        /// What was logged, in a sentence.
        package var message: String
    }

    /// - Throws: `notFound` for an unknown food number or words that match nothing; `invalidInput` for an amount
    ///   that can't be read (with the food's portions) or a time that can't be right.
    package static func log(
        foodID: String?,
        query: String?,
        amount: String?,
        at: String?,
        context: AppContext
    ) async throws(TwitchlessError) -> Outcome {
        let library = context.reference
        let index = try library.foodIndex()
        let food: USDAFood
        var alternatives: [USDAFood] = []
        if let foodID = InputText.given(foodID) {
            guard let found = index.food(id: foodID) else {
                throw .notFound(
                    "There is no food number \(foodID) in the USDA table.",
                    fix: "Search for the food by its name instead.",
                    next: .searchFoods(query: nil)
                )
            }
            food = found
        } else {
            guard let words = InputText.given(query) else {
                throw .invalidInput("Please name the food, or pick one from a search.", fix: "Try words like \"pumpkin seeds\".")
            }
            let results = index.search(words, limit: 4).map(\.food)
            guard let best = results.first else {
                throw .notFound(
                    "No food in the USDA table matches \"\(words)\".",
                    fix: "Try fewer or simpler words, like \"almond\" or \"spinach\".",
                    next: .searchFoods(query: words)
                )
            }
            food = best
            alternatives = Array(results.dropFirst())
        }
        let portions = try library.portions(forFood: food.id)
        guard let amount = InputText.given(amount) else {
            throw .invalidInput("Please say how much \(food.description) you had.", fix: FoodAmount.portionHint(portions))
        }
        let (grams, label) = try FoodAmount(parsing: amount).grams(in: portions, foodName: food.description)
        guard grams > 0, grams <= 10_000 else {
            throw .invalidInput("\(DecimalText.format(grams)) g of one food can't be right.", fix: "Please check the amount.")
        }
        let eatenAt = try context.time(at)
        let magnesium = food.magnesiumPer100g.map { Milligrams($0 * grams / 100) }
        let intake = FoodIntake(foodID: food.id, description: food.description, eatenAt: eatenAt, grams: grams, portion: label, magnesium: magnesium)
        let id = try await context.write { try await $0.insertFoodIntake(intake) }
        let message =
            magnesium.map { "Logged \(label) of \(food.description): \(DecimalText.format($0.value, digits: 1)) mg magnesium." }
            ?? "Logged \(label) of \(food.description). The USDA table has no magnesium value for this food, so it adds nothing to your total."
        return Outcome(id: id, intake: intake, alternatives: alternatives, message: message)
    }

    /// Foods matching `query`, with their household portions.
    package static func search(
        _ query: String,
        limit: Int,
        context: AppContext
    ) throws(TwitchlessError) -> [(food: USDAFood, portions: [USDAPortion])] {
        try search(query, limit: limit, library: context.reference)
    }

    /// Foods matching `query` in `library`, with their household portions in the table's order.
    package static func search(
        _ query: String,
        limit: Int,
        library: ReferenceLibrary
    ) throws(TwitchlessError) -> [(food: USDAFood, portions: [USDAPortion])] {
        var found: [(USDAFood, [USDAPortion])] = []
        for result in try library.foodIndex().search(query, limit: limit) {
            found.append((result.food, try library.portions(forFood: result.food.id).sorted { $0.sequence < $1.sequence }))
        }
        return found
    }
}
