/// Matches a medicine's name to the rows of `medication_interactions.csv` (POLICIES.md: Medicines and timing).
///
/// Names match the generic names of a row by whole word, ignoring case and salt words, so "doxycycline hyclate"
/// matches doxycycline. Brand names are not matched.
public struct MedicineMatcher: Sendable {
    public let rules: [InteractionRule]

    public init(rules: [InteractionRule]) { self.rules = rules.filter { !$0.generics.isEmpty } }

    /// What a name matched.
    public struct Match: Hashable, Sendable {
        /// The rows that apply.
        public var rules: [InteractionRule]
        /// Product rows for the same generic with different rules: the person must say which product it is.
        public var choices: [InteractionRule]
        /// The generic names found in the name.
        public var generics: [String]

        public var isKnown: Bool { !rules.isEmpty || !choices.isEmpty }
    }

    /// The rows matching `name`; `chosen` picks among product rows that differ (by row id).
    public func match(_ name: String, chosen: String? = nil) -> Match {
        let words = Set(name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let matching = rules.filter { rule in rule.generics.contains { words.contains($0) } }
        let generics = Array(Set(matching.flatMap { $0.generics.filter(words.contains) })).sorted()
        // Product rows for one generic that disagree (risedronate immediate- or delayed-release) need a choice.
        var choices: [InteractionRule] = []
        for generic in generics {
            let products = matching.filter { $0.isProductRow && $0.generics == [generic] }
            let distinct = Set(products.map { [$0.beforeHours, $0.afterHours] })
            if products.count > 1, distinct.count > 1 { choices += products }
        }
        guard !choices.isEmpty else { return Match(rules: matching, choices: [], generics: generics) }
        if let chosen, let picked = choices.first(where: { $0.id == chosen }) {
            let others = Set(choices.map(\.id)).subtracting([picked.id])
            return Match(rules: matching.filter { !others.contains($0.id) }, choices: [], generics: generics)
        }
        return Match(rules: matching.filter { rule in !choices.contains(rule) }, choices: choices, generics: generics)
    }
}
