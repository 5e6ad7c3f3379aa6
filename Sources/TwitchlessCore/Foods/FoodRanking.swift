/// How search results are ordered when several foods contain the query's words: the everyday form first.
///
/// SR28 names foods as "Head, detail, preparation" ("Milk, whole, 3.25% milkfat"; "Beverages, coffee, brewed").
/// A food whose head is fully named by the query ranks above one that only mentions the words, and
/// specialised forms (dried, powdered, flour, baby food…) rank below the plain food unless the query asks for them.
/// These are word rules about names, not nutrition values.
enum FoodRanking {
    /// Words marking a specialised form of a food.
    static let specialForms: Set<String> = [
        "dried", "dehydrated", "powder", "flour", "substitute", "souffle", "imitation", "concentrate", "mix",
        "human", "babyfood", "infant", "formula", "stabilized", "decaffeinated", "frozen", "canned", "toddler",
    ]
    /// Food groups people rarely mean by a plain word.
    static let specialGroups: Set<String> = [
        "Baby Foods", "Fast Foods", "Restaurant Foods", "Meals, Entrees, and Side Dishes", "American Indian/Alaska Native Foods",
    ]
    /// Words of an everyday, ready-to-eat form.
    static let everydayForms: Set<String> = ["raw", "whole", "cooked", "boiled", "brewed", "fresh", "drained", "without", "salt", "all", "type", "regular", "plain",
                                            "with", "added", "and", "or", "in", "vitamin"]
    /// Leading words SR28 uses as a category rather than the food itself.
    static let categoryHeads: Set<String> = ["beverage", "nut", "seed", "fish", "cereal"]

    /// The food's features that ranking uses, worked out once per food.
    struct Features: Sendable {
        var head: Set<String>
        var special: Set<String>
        var everyday: Int
        var words: Set<String>
        /// Words of the segment after the head ("Milk, buttermilk, …"): a variety, weighed more when unasked for.
        var variety: Set<String>
        var isSpecialGroup: Bool
        var isDryLegume: Bool
        var hasSalt: Bool
    }

    static func features(of food: USDAFood) -> Features {
        let plain = removingParentheses(food.description)
        var segments = plain.split(separator: ",").map { FoodText.tokens(String($0)) }.filter { !$0.isEmpty }
        if segments.count > 1, let first = segments.first, first.count == 1, categoryHeads.contains(first[0]) { segments.removeFirst() }
        let words = Set(FoodText.tokens(food.description))
        let description = food.description.lowercased()
        return Features(
            head: Set(segments.first ?? []),
            special: words.intersection(specialForms.map(FoodText.stem)),
            everyday: words.intersection(["raw", "whole", "cooked", "boiled", "brewed"]).isEmpty ? 0 : 1,
            words: words,
            variety: Set(segments.dropFirst().first ?? []),
            isSpecialGroup: specialGroups.contains(food.foodGroup),
            isDryLegume: description.contains("mature seeds, raw"),
            hasSalt: description.contains("with salt")
        )
    }

    /// The bonus or penalty of a food for a query (higher is better).
    static func adjustment(_ features: Features, query: Set<String>, matches: (String) -> Bool) -> Int {
        var score = 0
        if !features.head.isEmpty, features.head.allSatisfy(matches) { score += 3 }
        if !features.special.subtracting(query).isEmpty { score -= 5 }
        if features.isSpecialGroup { score -= 4 }
        if features.isDryLegume && !query.contains("raw") { score -= 3 }
        if features.hasSalt && !query.contains("salt") { score -= 1 }
        return score + features.everyday
    }

    /// Words of the name that the query doesn't ask for and that aren't everyday words: fewer is a closer match.
    static func extraWords(_ features: Features, query: Set<String>) -> Int {
        func isExtra(_ word: String) -> Bool {
            word.count > 1 && !word.allSatisfy(\.isNumber) && !query.contains(word) && !everydayForms.contains(word)
                && !query.contains { word.hasPrefix($0) }
        }
        return features.words.filter(isExtra).count + 4 * features.variety.filter(isExtra).count
    }

    static func removingParentheses(_ text: String) -> String {
        var depth = 0
        var result = ""
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
        }
        return result
    }
}
