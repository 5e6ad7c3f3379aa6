extension TriggerAnalysis {
    /// A rate ratio turned the way people say it: per hour *less* sleep (so above 1 means more episodes with less
    /// sleep), per 100 mg caffeine, per 30 minutes of exercise. The sentences and the chart use the same reading, so
    /// they always agree.
    public struct Reading: Sendable, Equatable {
        /// What the ratio is per: "an hour less sleep", "100 mg more caffeine".
        public var amount: String
        /// "An hour less sleep": the chart's label.
        public var label: String
        public var ratio: Double
        public var low: Double
        public var high: Double
        /// The day before (a lagged factor).
        public var isDayBefore: Bool

        /// Whether the interval leaves out 1: more (or fewer) episodes beyond what chance alone would give at 95%.
        public var isClear: Bool { low > 1 || high < 1 }
    }

    /// The reading of the factor named `name` (a column name, `_lag1` for the day before).
    public static func reading(_ name: String, _ estimate: Estimate) -> Reading {
        let isDayBefore = name.hasSuffix("_lag1")
        let base = isDayBefore ? String(name.dropLast(5)) : name
        let factor = DayFactor.allCases.first { $0.column == base }
        var (ratio, low, high) = (estimate.rateRatio, estimate.ciLow, estimate.ciHigh)
        let amount: String
        switch factor {
        case .sleepHours?:
            amount = "an hour less sleep"
            (ratio, low, high) = (1 / ratio, 1 / high, 1 / low)
        case .stress?: amount = "one point more stress"
        case .caffeineMg?: amount = "100 mg more caffeine"
        case .alcoholDrinks?: amount = "one more alcoholic drink"
        case .waterLiters?: amount = "a litre more water"
        case .exerciseMinutes?: amount = "30 minutes more exercise"
        case .mindfulMinutes?: amount = "10 minutes more relaxation practice"
        case .processedMeals?: amount = "one more processed meal"
        case .prolongedMuscleUse?: amount = "long use of one muscle group"
        case nil: amount = "one more unit of \(base)"
        }
        let label = amount.prefix(1).uppercased() + amount.dropFirst() + (isDayBefore ? ", the day before" : "")
        return Reading(amount: amount, label: label, ratio: ratio, low: low, high: high, isDayBefore: isDayBefore)
    }
}
