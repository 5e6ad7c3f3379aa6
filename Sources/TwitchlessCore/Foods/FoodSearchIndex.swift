import Synchronization

/// A prebuilt index over the SR28 foods: words in any order, plurals, prefixes and common names.
///
/// Built once per process; each search then touches only the foods that contain the query's words.
public struct FoodSearchIndex: Sendable {
    public let foods: [USDAFood]
    private let vocabulary: [String]
    private let postings: [[Int32]]
    private let tokenCounts: [Int]
    /// Ranking features, worked out the first time a query touches a food and kept for later queries.
    private let featureCache: FeatureCache

    /// One search result.
    public struct Result: Hashable, Sendable {
        public var food: USDAFood
        public var score: Int
    }

    public init(foods: [USDAFood]) {
        self.foods = foods
        var map: [String: [Int32]] = [:]
        var counts: [Int] = []
        counts.reserveCapacity(foods.count)
        for (index, food) in foods.enumerated() {
            let descriptionTokens = FoodText.tokens(food.description)
            var seen = Set<String>()
            for token in descriptionTokens + FoodText.tokens(food.commonNames) where seen.insert(token).inserted {
                map[token, default: []].append(Int32(index))
            }
            counts.append(descriptionTokens.count)
        }
        let sortedWords = map.keys.sorted()
        self.vocabulary = sortedWords
        self.postings = sortedWords.map { map[$0]! }
        self.tokenCounts = counts
        self.featureCache = FeatureCache(count: foods.count)
    }

    /// Foods matching every word of `query`, best first. Two neighbouring words also match as one
    /// ("soy milk" finds "Soymilk").
    public func search(_ query: String, limit: Int = 10) -> [Result] {
        let tokens = FoodText.tokens(query)
        var results = search(tokens: tokens, limit: limit)
        if tokens.count >= 2 {
            for index in 0..<(tokens.count - 1) {
                let joined = FoodText.stem(tokens[index] + tokens[index + 1])
                guard lowerBound(joined) < vocabulary.count, vocabulary[lowerBound(joined)].hasPrefix(joined) else { continue }
                var merged = tokens
                merged.replaceSubrange(index...(index + 1), with: [joined])
                results += search(tokens: merged, limit: limit)
            }
            var best: [String: Result] = [:]
            for result in results where (best[result.food.id]?.score ?? .min) < result.score { best[result.food.id] = result }
            let order = Dictionary(results.enumerated().map { ($1.food.id, $0) }, uniquingKeysWith: min)
            results = best.values.sorted { ($0.score, -order[$0.food.id]!) > ($1.score, -order[$1.food.id]!) }
        }
        return Array(results.prefix(limit))
    }

    private func search(tokens: [String], limit: Int) -> [Result] {
        let queryTokens = Array(Set(tokens))
        guard !queryTokens.isEmpty else { return [] }
        var scores: [Int32: Int]?
        var candidates: [Int32] = []
        for token in queryTokens { for (_, list) in matches(for: token) { candidates += list } }
        let known = featureCache.features(for: candidates, foods: foods)
        func features(_ food: Int32) -> FoodRanking.Features { known[food]! }
        for token in queryTokens {
            var tokenScores: [Int32: Int] = [:]
            for (word, list) in matches(for: token) {
                let exact = word == token
                for food in list {
                    var score = exact ? 3 : 1
                    if features(food).firstSegment.contains(word) { score += 2 }
                    tokenScores[food] = max(tokenScores[food] ?? 0, score)
                }
            }
            if let current = scores {
                var next: [Int32: Int] = [:]
                for (food, score) in current { if let more = tokenScores[food] { next[food] = score + more } }
                scores = next
            } else {
                scores = tokenScores
            }
            if scores?.isEmpty ?? true { return [] }
        }
        let querySet = Set(queryTokens)
        func isNamed(_ word: String) -> Bool { querySet.contains(word) }
        var adjusted = scores ?? [:]
        for (food, score) in adjusted {
            adjusted[food] = score + FoodRanking.adjustment(features(food), query: querySet, matches: isNamed)
        }
        let extra = Dictionary(uniqueKeysWithValues: adjusted.keys.map { ($0, FoodRanking.extraWords(features($0), query: querySet)) })
        let ranked = adjusted.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            let ea = extra[a.key]!
            let eb = extra[b.key]!
            if ea != eb { return ea < eb }
            let ca = tokenCounts[Int(a.key)]
            let cb = tokenCounts[Int(b.key)]
            if ca != cb { return ca < cb }
            return foods[Int(a.key)].description < foods[Int(b.key)].description
        }
        return ranked.prefix(limit).map { Result(food: foods[Int($0.key)], score: $0.value) }
    }

    /// The food with this NDB number.
    public func food(id: String) -> USDAFood? {
        let padded = String(repeating: "0", count: max(0, 5 - id.count)) + id
        return foods.first { $0.id == padded }
    }

    /// Index words equal to `token` or starting with it (prefixes from 3 letters).
    private func matches(for token: String) -> [(String, [Int32])] {
        var start = lowerBound(token)
        var found: [(String, [Int32])] = []
        while start < vocabulary.count {
            let word = vocabulary[start]
            guard word.hasPrefix(token) else { break }
            if word == token || token.count >= 3 { found.append((word, postings[start])) }
            start += 1
        }
        return found
    }

    private func lowerBound(_ token: String) -> Int {
        var low = 0
        var high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < token { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Ranking features per food, filled in on demand; shared by copies of the index and safe across threads.
final class FeatureCache: Sendable {
    private let storage: Mutex<[FoodRanking.Features?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    /// The features of `ids`, working out the ones not seen before.
    func features(for ids: [Int32], foods: [USDAFood]) -> [Int32: FoodRanking.Features] {
        storage.withLock { cache in
            var result: [Int32: FoodRanking.Features] = [:]
            result.reserveCapacity(ids.count)
            for id in ids where result[id] == nil {
                if let known = cache[Int(id)] {
                    result[id] = known
                } else {
                    let made = FoodRanking.features(of: foods[Int(id)])
                    cache[Int(id)] = made
                    result[id] = made
                }
            }
            return result
        }
    }
}
