package import TwitchlessCore
package import TwitchlessStore

/// One day: episodes, the check-in's factors, foods, supplements, magnesium against the reference values, and notices,
/// as `today --json`, `day --json` and `GET /api/v1/today` show it.
package struct DayDocument: Encodable, Sendable {
    package struct Food: Encodable, Sendable {
        package var eatenAt: String
        package var foodID: String
        package var description: String
        package var grams: Double
        package var portion: String
        @Nullable package var magnesiumMg: Double?
    }

    package struct Supplement: Encodable, Sendable {
        package var takenAt: String
        package var product: String
        package var kind: String
        package var servings: Double
        package var elementalMg: Double
    }

    package var date: String
    package var tracked: Bool
    /// How many episodes the day has, as the history counts them.
    package var episodes: Int
    /// The day's episodes with their ids, earliest first.
    package var episodeList: [EpisodeDocument]
    package var factors: [String: Nullable<Double>]
    /// The factors whose values came from Apple Health rather than the person's own check-in.
    package var importedFactors: [String]
    package var foods: [Food]
    package var supplements: [Supplement]
    package var magnesium: MagnesiumDocument
    package var notices: [Notice]

    /// - Parameters:
    ///   - episodes: the day's episodes with their ids, the same ones the summary counts.
    ///   - notices: what the surface shows for the day (the summary's own when nil).
    package init(_ summary: DaySummary, episodes: [StoredEpisode], notices: [Notice]? = nil) {
        date = summary.date.description
        tracked = summary.isTracked
        self.episodes = summary.episodes.count
        episodeList = episodes.map(EpisodeDocument.init)
        factors = FactorFields.of(summary.dayLog)
        importedFactors = FactorFields.imported(summary.dayLog)
        foods = summary.foods.map {
            Food(
                eatenAt: $0.eatenAt.iso8601,
                foodID: $0.foodID,
                description: $0.description,
                grams: $0.grams,
                portion: $0.portion,
                magnesiumMg: $0.magnesium?.value
            )
        }
        supplements = summary.supplements.map {
            Supplement(
                takenAt: $0.takenAt.iso8601,
                product: $0.productName,
                kind: $0.productKind.rawValue,
                servings: $0.servings,
                elementalMg: $0.elemental.value
            )
        }
        magnesium = MagnesiumDocument(summary)
        self.notices = notices ?? summary.notices
    }
}

/// The day's magnesium: from food, from supplements, the total, and the reference values it is read against.
package struct MagnesiumDocument: Encodable, Sendable {
    package struct Amounts: Encodable, Sendable {
        package var foodMg: Double
        package var supplementMg: Double
        /// Low and high when a product's hydration state is unknown, else nil.
        @Nullable package var supplementMgRange: [Double]?
        package var totalMg: Double
        @Nullable package var totalMgRange: [Double]?
        package var foodsWithoutValue: Int
        @Nullable package var percentOfRecommended: Double?
        package var overSupplementUpperLimit: Bool
    }

    package var amounts: Amounts
    package var targets: TargetFields

    package init(_ summary: DaySummary) {
        let range = summary.isSupplementRange
        amounts = Amounts(
            foodMg: summary.foodMagnesium.value,
            supplementMg: summary.supplementMagnesium.value,
            supplementMgRange: range ? [summary.supplementMagnesiumLow.value, summary.supplementMagnesium.value] : nil,
            totalMg: summary.totalMagnesium.value,
            totalMgRange: range ? [summary.totalMagnesiumLow.value, summary.totalMagnesium.value] : nil,
            foodsWithoutValue: summary.foodsWithoutMagnesiumValue,
            percentOfRecommended: summary.percentOfRecommended.map { ($0 * 10).rounded() / 10 },
            overSupplementUpperLimit: summary.isOverUpperLimit
        )
        targets = TargetFields(summary.targets)
    }

    /// The amounts and the reference values side by side in one object.
    package func encode(to encoder: any Encoder) throws {
        try amounts.encode(to: encoder)
        try targets.encode(to: encoder)
    }
}
