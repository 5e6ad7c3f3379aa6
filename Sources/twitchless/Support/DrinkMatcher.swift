import TwitchlessReference
import TwitchlessStore
import TwitchlessCore

/// Finds a caffeinated drink in the sourced drinks table from text like "2 coffee" or "espresso".
struct DrinkMatcher {
    let sources: [CaffeineSource]

    struct Match {
        let count: Double
        let source: CaffeineSource
        var caffeineMg: Double { count * source.caffeineMg }
        var description: String {
            "\(DecimalText.format(count)) × \(source.item) (\(source.serving), \(DecimalText.format(source.caffeineMg)) mg each): \(DecimalText.format(caffeineMg)) mg caffeine"
        }
    }

    func match(_ raw: String) throws(TwitchlessError) -> Match {
        var words = raw.trimmingWhitespace().lowercased().split(separator: " ").map(String.init)
        var count = 1.0
        if let first = words.first, let number = DecimalText.parse(first) {
            count = number
            words.removeFirst()
        } else if let first = words.first, first.hasSuffix("x"), let number = DecimalText.parse(String(first.dropLast())) {
            count = number
            words.removeFirst()
        }
        let query = words.map(Self.singular)
        guard !query.isEmpty, count > 0, count <= 50 else { throw failure(raw) }
        // Single values only (ranges can't be logged as one number); the table lists its best sources first.
        let single = sources.filter { $0.caffeineMgMax == nil }
        if let exact = single.first(where: { $0.id == words.joined(separator: "_") }) { return Match(count: count, source: exact) }
        let candidates = single.filter { source in
            let itemWords = Set(Self.words(source.item).map(Self.singular))
            return query.allSatisfy { itemWords.contains($0) }
        }
        let best = candidates.min { a, b in
            let da = Self.isDecaf(a) != query.contains("decaf"), db = Self.isDecaf(b) != query.contains("decaf")
            if da != db { return !da }
            return Self.words(a.item).count < Self.words(b.item).count
        }
        guard let best else { throw failure(raw) }
        return Match(count: count, source: best)
    }

    static func isDecaf(_ source: CaffeineSource) -> Bool { source.item.lowercased().contains("decaf") }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    func failure(_ raw: String) -> TwitchlessError {
        let names = Array(Set(sources.filter { $0.caffeineMgMax == nil }.map { $0.item.lowercased() })).sorted().prefix(12)
        return .invalidInput(
            "We couldn't find the drink \"\(raw)\".",
            fix: "Try a number and a drink like \"2 coffee\", or one of: \(names.joined(separator: "; ")). Or give the total with --caffeine MG."
        )
    }
}
