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

    @Test(
        "Amounts",
        arguments: [("2 cups", 2.0, "cups"), ("1/2 cup", 0.5, "cup"), ("1 1/2 tbsp", 1.5, "tbsp"), ("30g", 30, "g"), ("½ cup", 0.5, "cup")]
    )
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

@Suite("Food ranking")
struct FoodRankingTests {
    let index = try! ReferenceLibrary.shipped.foodIndex()

    // The plain, everyday food comes first, not a dried, powdered or flour form that shares the word.
    @Test(
        "Plain words find the everyday food",
        arguments: [
            ("milk", "01077"), ("black beans", "16015"), ("egg", "01123"), ("peanuts", "16087"), ("chickpeas", "16057"),
            ("spinach", "11457"), ("almonds", "12061"), ("banana", "09040"), ("kidney beans", "16028"),
        ]
    )
    func everyday(query: String, id: String) {
        #expect(index.search(query, limit: 1).first?.food.id == id)
    }

    @Test("Coffee is brewed coffee, not coffee cake; soy milk finds soymilk")
    func compounds() {
        #expect(index.search("coffee", limit: 1).first?.food.description.hasPrefix("Beverages, coffee, brewed") == true)
        #expect(index.search("soy milk", limit: 1).first?.food.description.hasPrefix("Soymilk") == true)
    }
}
