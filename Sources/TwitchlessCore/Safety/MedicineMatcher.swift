/// Matches a medicine's name to the rows of `medication_interactions.csv` (POLICIES.md: Medicines and timing).
///
/// Names match the generic names of a row by whole word, ignoring case and salt words, so "doxycycline hyclate"
/// matches doxycycline. Brand names match through the sourced brand table; a combination product matches each of
/// its generics. A name that matches nothing is unknown, never "no interaction".
public struct MedicineMatcher: Sendable {
    public let rules: [InteractionRule]
    public let brands: [MedicineBrand]

    public init(rules: [InteractionRule], brands: [MedicineBrand] = []) {
        self.rules = rules.filter { !$0.generics.isEmpty }
        self.brands = brands
    }

    /// What a name matched.
    public struct Match: Hashable, Sendable {
        /// The rows that apply.
        public var rules: [InteractionRule]
        /// Product rows for the same generic with different rules: the person must say which product it is.
        public var choices: [InteractionRule]
        /// The generic names found in the name, directly or through a brand.
        public var generics: [String]
        /// The brands recognised in the name.
        public var brands: [MedicineBrand] = []

        /// Whether the name was recognised: a generic of the interaction table, directly or through a brand.
        public var isKnown: Bool { !generics.isEmpty }
    }

    /// The rows matching `name`; `chosen` picks among product rows that differ (by row id).
    public func match(_ name: String, chosen: String? = nil) -> Match {
        let sequence = MedicineBrand.words(name)
        let words = Set(sequence)
        // Brands by their whole words in order; a longer brand ("Fosamax Plus D") is found as well as a shorter one.
        func start(of brand: MedicineBrand) -> Int? {
            let brandWords = brand.words
            guard let first = brandWords.first, words.contains(first), brandWords.count <= sequence.count else { return nil }
            return (0...(sequence.count - brandWords.count)).first { Array(sequence[$0..<($0 + brandWords.count)]) == brandWords }
        }
        let all = brands.compactMap { brand in start(of: brand).map { (brand, $0) } }
        // A brand inside a longer one found at the same place ("Fosamax" in "Fosamax Plus D") is that longer brand.
        let found = all.filter { brand, at in
            !all.contains { other, otherAt in
                other.words.count > brand.words.count && otherAt <= at && at + brand.words.count <= otherAt + other.words.count
            }
        }.map(\.0)
        var genericSet = Set(rules.flatMap(\.generics).filter(words.contains))
        for brand in found { genericSet.formUnion(brand.generics) }
        let generics = genericSet.sorted()
        let chosen = chosen ?? found.compactMap(\.productRule).first
        let matching = rules.filter { rule in rule.generics.contains { genericSet.contains($0) } }
        // Product rows for one generic that disagree (risedronate immediate- or delayed-release) need a choice.
        var choices: [InteractionRule] = []
        for generic in generics {
            let products = matching.filter { $0.isProductRow && $0.generics == [generic] }
            let distinct = Set(products.map { [$0.beforeHours, $0.afterHours] })
            if products.count > 1, distinct.count > 1 { choices += products }
        }
        guard !choices.isEmpty else { return Match(rules: matching, choices: [], generics: generics, brands: found) }
        if let chosen, let picked = choices.first(where: { $0.id == chosen }) {
            let others = Set(choices.map(\.id)).subtracting([picked.id])
            return Match(rules: matching.filter { !others.contains($0.id) }, choices: [], generics: generics, brands: found)
        }
        return Match(rules: matching.filter { rule in !choices.contains(rule) }, choices: choices, generics: generics, brands: found)
    }
}
