import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MagnesiumFoodsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foods",
        abstract: "Good food sources of magnesium (NIH Office of Dietary Supplements).",
        discussion: """
            Example:
              twitchless magnesium foods

            JSON: {foods: [{food, serving, magnesium_mg, magnesium_mg_max, percent_daily_value, source}]}.
            """
    )

    @OptionGroup var output: JSONOption

    struct JSONFood: Encodable {
        let food: String
        let serving: String
        let magnesiumMg: Double
        @Nullable var magnesiumMgMax: Double?
        @Nullable var percentDailyValue: Int?
        let source: String
    }

    func run() async throws {
        try await reportingErrors {
            let foods = try ReferenceLibrary.shipped.magnesiumFoodSources()
            if output.json {
                try Output.json([
                    "foods": foods.map {
                        JSONFood(
                            food: $0.food,
                            serving: $0.serving,
                            magnesiumMg: $0.magnesiumMg,
                            magnesiumMgMax: $0.magnesiumMgMax,
                            percentDailyValue: $0.percentDailyValue,
                            source: $0.citation.source
                        )
                    }
                ])
                return
            }
            Output.print("Good food sources of magnesium, per serving:\n")
            let width = foods.map(\.food.count).max() ?? 20
            for food in foods {
                Output.print(
                    "  \(food.food.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(food.serving.padding(toLength: 18, withPad: " ", startingAt: 0))\(food.amountText)"
                )
            }
            if let source = foods.first?.citation.source { Output.print("\n" + Output.wrap("Source: \(source)")) }
        }
    }
}
