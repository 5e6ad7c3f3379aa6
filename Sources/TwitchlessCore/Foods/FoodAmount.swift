/// An amount of food as typed: "2 cups", "1/2 cup", "1 1/2 tbsp", "30 g", "3 oz".
public struct FoodAmount: Hashable, Sendable {
    public var quantity: Double
    /// The unit as typed, lowercased ("cup", "g"); empty when only a number was given.
    public var unit: String

    /// Mass units by their definitions, in grams: the international avoirdupois ounce and pound.
    static let massUnits: [String: Double] = [
        "g": 1, "gram": 1, "grams": 1, "kg": 1000, "mg": 0.001,
        "oz": 28.349523125, "ounce": 28.349523125, "ounces": 28.349523125,
        "lb": 453.59237, "lbs": 453.59237, "pound": 453.59237, "pounds": 453.59237,
    ]

    static let unitSynonyms: [String: String] = [
        "tablespoon": "tbsp", "tablespoons": "tbsp", "tbs": "tbsp", "tbsps": "tbsp",
        "teaspoon": "tsp", "teaspoons": "tsp", "tsps": "tsp",
        "ounce": "oz", "ounces": "oz", "cups": "cup", "slices": "slice", "pieces": "piece",
    ]

    /// Parses an amount.
    /// - Throws: `invalidInput` when there is no leading number.
    public init(parsing raw: String) throws(TwitchlessError) {
        var words = raw.trimmingWhitespace().lowercased().split(separator: " ").map(String.init)
        // Split "30g" into "30" "g".
        if let first = words.first, let split = first.firstIndex(where: { $0.isLetter }), split != first.startIndex {
            words[0] = String(first[..<split])
            words.insert(String(first[split...]), at: 1)
        }
        var quantity = 0.0
        var sawNumber = false
        while let word = words.first, let value = Self.number(word) {
            quantity += value
            sawNumber = true
            words.removeFirst()
        }
        guard sawNumber, quantity > 0, quantity.isFinite else {
            throw .invalidInput(
                "We couldn't read the amount \"\(raw)\".",
                fix: "Please start with a number, like \"2 cups\", \"1/2 cup\", \"30 g\" or \"1 oz\"."
            )
        }
        self.quantity = quantity
        self.unit = words.joined(separator: " ")
    }

    /// A number as typed: "2", "0.5", "1/2" or "½".
    public static func number(_ word: String) -> Double? {
        if let value = DecimalText.parse(word) { return value }
        let parts = word.split(separator: "/")
        if parts.count == 2, let n = Double(parts[0]), let d = Double(parts[1]), d > 0 { return n / d }
        let vulgar: [Character: Double] = ["½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3]
        if word.count == 1, let v = vulgar[word.first!] { return v }
        return nil
    }

    /// The weight in grams, using the food's SR28 portions for household units.
    /// - Throws: `invalidInput` listing the food's portions when the unit matches none of them.
    public func grams(in portions: [USDAPortion], foodName: String) throws(TwitchlessError) -> (grams: Double, label: String) {
        let unitKey = Self.unitSynonyms[unit] ?? FoodText.stem(unit)
        if unit.isEmpty {
            throw .invalidInput(
                "Please say what \"\(DecimalText.format(quantity, digits: 3))\" is: grams or a portion.",
                fix: Self.portionHint(portions)
            )
        }
        let candidates = portions.sorted { $0.sequence < $1.sequence }.filter { portion in
            let name = portion.unit.lowercased()
            let head = name.split(whereSeparator: { $0 == "," || $0 == "(" }).first.map { String($0).trimmingWhitespace() } ?? name
            let headKey = Self.unitSynonyms[head] ?? FoodText.tokens(head).joined(separator: " ")
            let fullKey = FoodText.tokens(name).joined(separator: " ")
            let typed = FoodText.tokens(unitKey).joined(separator: " ")
            return headKey == typed || fullKey == typed || fullKey.hasPrefix(typed + " ")
        }
        if let portion = candidates.first, portion.amount > 0 {
            let grams = portion.grams / portion.amount * quantity
            return (grams, "\(DecimalText.format(quantity, digits: 3)) \(portion.unit) = \(DecimalText.format(grams, digits: 1)) g")
        }
        if let perUnit = Self.massUnits[unit] {
            let grams = quantity * perUnit
            // "30 g", not "30 g = 30 g".
            if perUnit == 1 { return (grams, "\(DecimalText.format(quantity, digits: 3)) g") }
            return (grams, "\(DecimalText.format(quantity, digits: 3)) \(unit) = \(DecimalText.format(grams, digits: 1)) g")
        }
        throw .invalidInput("\"\(unit)\" is not a portion we know for \(foodName).", fix: Self.portionHint(portions))
    }

    public static func portionHint(_ portions: [USDAPortion]) -> String {
        let names = portions.sorted { $0.sequence < $1.sequence }.prefix(8).map { $0.label }
        if names.isEmpty { return "Please give the amount in grams, like \"30 g\"." }
        return "Use grams (\"30 g\") or one of its portions: \(names.joined(separator: "; "))."
    }
}
