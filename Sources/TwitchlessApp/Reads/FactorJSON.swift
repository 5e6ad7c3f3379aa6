package import TwitchlessCore

/// The day factors as JSON fields, every documented factor present (null when not logged).
package enum FactorJSON {
    package static func fields(_ log: DayLog?) -> [String: Nullable<Double>] {
        var factors: [String: Nullable<Double>] = [:]
        for factor in DayFactor.allCases { factors[factor.column] = Nullable(wrappedValue: log?.value(of: factor)) }
        return factors
    }
}

/// One day of the history as JSON, the same fields for the API's `GET /api/v1/history` and `history --json`.
package struct HistoryDayJSON: Encodable {
    package var date: String
    package var tracked: Bool
    @Nullable package var episodes: Int?
    package var factors: [String: Nullable<Double>]
    @Nullable package var magnesium_food_mg: Double?
    @Nullable package var magnesium_supplement_mg: Double?

    package init(_ day: HistoryLoader.Day) {
        date = day.date.description
        tracked = day.isTracked
        episodes = day.episodes
        factors = FactorJSON.fields(day.log)
        magnesium_food_mg = day.foodMagnesium?.value
        magnesium_supplement_mg = day.supplementMagnesium?.value
    }
}
