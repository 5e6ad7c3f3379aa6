package import TwitchlessCore
package import TwitchlessReference

/// Finds a caffeinated drink from text like "2 coffee", "espresso" or "red bull": first in the sourced drinks
/// table (`caffeine_sources.csv`), then among the USDA SR28 foods that have a caffeine value.
package struct DrinkMatcher {
    package let library: ReferenceLibrary

    package init(library: ReferenceLibrary) { self.library = library }

    package struct Match: Sendable {
        package let caffeineMg: Double
        package let description: String
    }

    package func match(_ raw: String) throws(TwitchlessError) -> Match {
        var words = raw.trimmingWhitespace().lowercased().split(separator: " ").map(String.init)
        var count = 1.0
        if let first = words.first,
            let number = DecimalText.parse(first) ?? (first.hasSuffix("x") ? DecimalText.parse(String(first.dropLast())) : nil)
        {
            count = number
            words.removeFirst()
        }
        guard !words.isEmpty, count > 0, count <= 50 else { throw try failure(raw) }
        if let source = try matchSource(words) {
            let mg = count * source.caffeineMg
            return Match(
                caffeineMg: mg,
                description:
                    "\(DecimalText.format(count)) × \(source.item) (\(source.serving), \(DecimalText.format(source.caffeineMg)) mg each, \(source.citation.row)): \(DecimalText.format(mg, digits: 0)) mg caffeine"
            )
        }
        if let usda = try matchUSDA(words.joined(separator: " "), count: count) { return usda }
        throw try failure(raw)
    }

    /// Single-value rows only (a range can't be logged as one number); the table lists its best sources first.
    package func matchSource(_ words: [String]) throws(TwitchlessError) -> CaffeineSource? {
        let single = try library.caffeineSources().filter { $0.caffeineMgMax == nil }
        if let exact = single.first(where: { $0.id == words.joined(separator: "_") }) { return exact }
        let query = words.map(Self.singular)
        let wantsDecaf = query.contains("decaf")
        let candidates = single.filter { source in
            let itemWords = Set(Self.words(source.item).map(Self.singular))
            return query.allSatisfy { itemWords.contains($0) }
        }
        return candidates.min { a, b in
            let da = Self.isDecaf(a) != wantsDecaf
            let db = Self.isDecaf(b) != wantsDecaf
            if da != db { return !da }
            return Self.words(a.item).count < Self.words(b.item).count
        }
    }

    /// The best USDA food with a caffeine value, counted in its first household portion.
    package func matchUSDA(_ query: String, count: Double) throws(TwitchlessError) -> Match? {
        let index = try library.foodIndex()
        let queryWords = Set(Self.words(query).map(Self.singular))
        for result in index.search(query, limit: 50) {
            // A beverage whose name (the part after "Beverages,") or brand (SR28 writes brands in capitals) is what
            // was asked for: "water" must not find "coffee, prepared with tap water".
            let segments = result.food.description.split(separator: ",").map { String($0).trimmingWhitespace() }
            let name = Set(Self.words(segments.dropFirst().first ?? "").map(Self.singular))
            let brand = Set(
                Self.words(segments.filter { $0 == $0.uppercased() && $0.contains(where: \.isLetter) }.joined(separator: " ")).map(Self.singular)
            )
            guard result.food.foodGroup == "Beverages", !queryWords.isDisjoint(with: name.union(brand)) else { continue }
            guard let per100g = result.food.caffeinePer100g, per100g > 0,
                let portion = try library.portions(forFood: result.food.id).min(by: { $0.sequence < $1.sequence }),
                portion.amount > 0
            else { continue }
            let mg = count * per100g * portion.grams / 100
            return Match(
                caffeineMg: mg,
                description:
                    "\(DecimalText.format(count)) × \(portion.label) of \(result.food.description) (USDA SR28 NDB \(result.food.id)): \(DecimalText.format(mg, digits: 0)) mg caffeine"
            )
        }
        return nil
    }

    package static func isDecaf(_ source: CaffeineSource) -> Bool { source.item.lowercased().contains("decaf") }

    package static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    package static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    package func failure(_ raw: String) throws(TwitchlessError) -> TwitchlessError {
        let names = Array(Set(try library.caffeineSources().filter { $0.caffeineMgMax == nil }.map { $0.item.lowercased() })).sorted().prefix(12)
        return .invalidInput(
            "We couldn't find the drink \"\(raw)\".",
            fix: "Try a number and a drink like \"2 coffee\", or one of: \(names.joined(separator: "; ")). Or give the day's total caffeine in mg."
        )
    }
}
