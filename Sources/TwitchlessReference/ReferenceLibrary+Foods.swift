public import TwitchlessCore
import TwitchlessIO

extension ReferenceLibrary {
    /// The SR28 foods and a search index over them, built once.
    public func foodIndex() throws(TwitchlessError) -> FoodSearchIndex {
        try cached("foodIndex") { () throws(TwitchlessError) in
            let table = try table("usda_sr28_foods.csv")
            var foods: [USDAFood] = []
            foods.reserveCapacity(table.rows.count)
            for row in table.rows {
                foods.append(
                    USDAFood(
                        id: table.value(row, "ndb_no"),
                        description: table.value(row, "description"),
                        commonNames: table.value(row, "common_names"),
                        foodGroup: table.value(row, "food_group"),
                        magnesiumPer100g: try table.number(row, "magnesium_mg_per_100g"),
                        caffeinePer100g: try table.number(row, "caffeine_mg_per_100g"),
                        alcoholGramsPer100g: try table.number(row, "alcohol_g_per_100g")
                    )
                )
            }
            return FoodSearchIndex(foods: foods)
        }
    }

    /// The household portions of one food.
    public func portions(forFood id: String) throws(TwitchlessError) -> [USDAPortion] {
        let all = try cached("portions") { () throws(TwitchlessError) -> [String: [USDAPortion]] in
            let table = try table("usda_sr28_portions.csv")
            var byFood: [String: [USDAPortion]] = [:]
            for row in table.rows {
                let food = table.value(row, "ndb_no")
                byFood[food, default: []].append(
                    USDAPortion(
                        foodID: food,
                        sequence: Int(try table.requiredNumber(row, "seq")),
                        amount: try table.requiredNumber(row, "amount"),
                        unit: table.value(row, "unit"),
                        grams: try table.requiredNumber(row, "grams")
                    )
                )
            }
            return byFood
        }
        return all[id] ?? []
    }

    /// The ODS short list of good food sources of magnesium (`foods_magnesium.csv`, food rows only).
    public func magnesiumFoodSources() throws(TwitchlessError) -> [MagnesiumFoodSource] {
        let table = try table("foods_magnesium.csv")
        var sources: [MagnesiumFoodSource] = []
        for row in table.rows where table.value(row, "record_type") == "food" {
            sources.append(
                MagnesiumFoodSource(
                    food: table.value(row, "food"),
                    serving: table.value(row, "serving"),
                    magnesiumMg: try table.requiredNumber(row, "mg_per_serving"),
                    magnesiumMgMax: try table.number(row, "mg_per_serving_max"),
                    percentDailyValue: try table.number(row, "percent_dv").map { Int($0) },
                    citation: SourceCitation(source: table.value(row, "source"), row: "foods_magnesium.csv: \(table.value(row, "food"))")
                )
            )
        }
        return sources
    }
}
