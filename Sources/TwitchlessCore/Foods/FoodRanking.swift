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
    static let specialFormStems = Set(specialForms.map(FoodText.stem))

    /// Food groups people rarely mean by a plain word.
    static let specialGroups: Set<String> = [
        "Baby Foods", "Fast Foods", "Restaurant Foods", "Meals, Entrees, and Side Dishes", "American Indian/Alaska Native Foods",
    ]
    /// Words of an everyday, ready-to-eat form.
    static let everydayForms: Set<String> = [
        "raw", "whole", "cooked", "boiled", "brewed", "fresh", "drained", "without", "salt", "all", "type", "regular", "plain",
        "with", "added", "and", "or", "in", "vitamin",
    ]
    /// Leading words SR28 uses as a category rather than the food itself.
    static let categoryHeads: Set<String> = ["beverage", "nut", "seed", "fish", "cereal"]

    /// The food's features that ranking uses, worked out once per food.
    struct Features: Sendable {
        /// Words before the first comma, as written.
        var firstSegment: Set<String>
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
        // Tokenize each comma segment once; words in parentheses belong to the name but not to its head.
        let rawSegments = food.description.split(separator: ",")
        let segmentTokens = rawSegments.map { FoodText.tokens(String($0)) }
        var words = Set<String>()
        for tokens in segmentTokens { words.formUnion(tokens) }
        var plain = rawSegments.prefix(3).map { FoodText.tokens(removingParentheses(String($0))) }.filter { !$0.isEmpty }
        if plain.count > 1, plain[0].count == 1, categoryHeads.contains(plain[0][0]) { plain.removeFirst() }
        let isDryLegume = zip(segmentTokens, segmentTokens.dropFirst()).contains { $0.contains("mature") && $1 == ["raw"] }
        return Features(
            firstSegment: Set(segmentTokens.first ?? []),
            head: Set(plain.first ?? []),
            special: words.intersection(specialFormStems),
            everyday: words.isDisjoint(with: everydayBonusWords) ? 0 : 1,
            words: words,
            variety: Set(plain.dropFirst().first ?? []),
            isSpecialGroup: specialGroups.contains(food.foodGroup),
            isDryLegume: isDryLegume,
            hasSalt: segmentTokens.contains(["with", "salt"])
        )
    }

    static let everydayBonusWords: Set<String> = ["raw", "whole", "cooked", "boiled", "brewed"]

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
        guard text.utf8.contains(0x28) else { return text }
        var depth = 0
        var result: [UInt8] = []
        for byte in text.utf8 {
            if byte == 0x28 { depth += 1 } else if byte == 0x29 { depth = max(0, depth - 1) } else if depth == 0 { result.append(byte) }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
