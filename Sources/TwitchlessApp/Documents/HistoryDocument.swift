package import TwitchlessCore

/// The days up to today, as `history --json` and `GET /api/v1/history` show them.
package struct HistoryDocument: Encodable, Sendable {
    package struct Day: Encodable, Sendable {
        package var date: String
        package var tracked: Bool
        /// null on a day not checked in with nothing logged: unknown, not zero.
        @Nullable package var episodes: Int?
        package var factors: [String: Nullable<Double>]
        @Nullable package var magnesiumFoodMg: Double?
        @Nullable package var magnesiumSupplementMg: Double?

        package init(_ day: HistoryLoader.Day) {
            date = day.date.description
            tracked = day.isTracked
            episodes = day.episodes
            factors = FactorFields.of(day.log)
            magnesiumFoodMg = day.foodMagnesium?.value
            magnesiumSupplementMg = day.supplementMagnesium?.value
        }
    }

    package var from: String
    package var to: String
    @Nullable package var recommendedMg: Double?
    @Nullable package var supplementUpperLimitMg: Double?
    package var days: [Day]

    package init(_ days: [HistoryLoader.Day], from: LocalDate, to: LocalDate, targets: IntakeTargets) {
        self.from = from.description
        self.to = to.description
        recommendedMg = targets.recommended?.target.value
        supplementUpperLimitMg = targets.upperLimit.limit?.value
        self.days = days.map(Day.init)
    }
}
