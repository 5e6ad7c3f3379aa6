/// Word handling for food search: lowercase words, with simple plural endings removed.
enum FoodText {
    /// The words of `text`, lowercased and singular.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSetLite.isAlphanumeric(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(stem(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(stem(current)) }
        return words
    }

    /// "berries" → "berry", "tomatoes" → "tomato", "peaches" → "peach", "seeds" → "seed"; "glass", "hummus" stay.
    static func stem(_ word: String) -> String {
        guard word.count > 3 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("oes") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") || word.hasSuffix("sses") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }
}

enum CharacterSetLite {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
