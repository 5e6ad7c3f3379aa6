import Testing
import TwitchlessReference
@testable import TwitchlessCore

@Suite("Food search and amounts")
struct FoodTests {
    let library = ReferenceLibrary.shipped
    var index: FoodSearchIndex { try! library.foodIndex() }

    @Test("Words in any order, plurals and prefixes find the same foods")
    func forgiving() {
        let a = index.search("pumpkin seeds roasted").map(\.food.id)
        let b = index.search("roasted seed pumpkin").map(\.food.id)
        #expect(a == b)
        #expect(a.contains("12016"))
        #expect(index.search("almonds").first?.food.description.lowercased().contains("almond") == true)
        #expect(index.search("spina boil").contains { $0.food.description.lowercased().contains("spinach") })
        #expect(index.search("zzqqxx").isEmpty)
    }

    @Test("Every result contains every query word")
    func allWords() {
        for result in index.search("black beans cooked", limit: 50) {
            let text = (result.food.description + " " + result.food.commonNames).lowercased()
            #expect(text.contains("black") && text.contains("bean") && text.contains("cook"))
        }
    }

    @Test("One ounce of roasted pumpkin seed kernels holds 156 mg (the ODS table's value)")
    func pumpkinSeeds() throws {
        let food = try #require(index.food(id: "12016"))
        let portions = try library.portions(forFood: "12016")
        let (grams, _) = try FoodAmount(parsing: "1 oz").grams(in: portions, foodName: food.description)
        let magnesium = try #require(food.magnesiumPer100g) * grams / 100
        #expect(Int(magnesium.rounded()) == 156)
    }

    @Test("Amounts", arguments: [("2 cups", 2.0, "cups"), ("1/2 cup", 0.5, "cup"), ("1 1/2 tbsp", 1.5, "tbsp"), ("30g", 30, "g"), ("½ cup", 0.5, "cup")])
    func amounts(text: String, quantity: Double, unit: String) throws {
        let amount = try FoodAmount(parsing: text)
        #expect(amount.quantity == quantity)
        #expect(amount.unit == unit)
    }

    @Test("A portion the food doesn't have lists the ones it has")
    func unknownPortion() throws {
        let portions = try library.portions(forFood: "12016")
        #expect {
            try FoodAmount(parsing: "3 bushels").grams(in: portions, foodName: "pumpkin seeds")
        } throws: { ($0 as? TwitchlessError)?.fix?.contains("oz") == true }
    }
}
