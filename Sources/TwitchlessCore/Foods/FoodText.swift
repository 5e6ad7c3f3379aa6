/// Word handling for food search: lowercase words, with simple plural endings removed.
enum FoodText {
    /// The words of `text`, lowercased and singular.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let lowered = text.unicodeScalars.allSatisfy(\.isASCII) ? text.asciiLowercased() : text.lowercased()
        for scalar in lowered.unicodeScalars {
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
        if word.hasSuffix("aves") || word.hasSuffix("lves") { return String(word.dropLast(3)) + "f" }
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
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return scalar.properties.isAlphabetic
    }
}

extension String {
    /// Lowercases ASCII letters without Unicode tables.
    func asciiLowercased() -> String {
        String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
