/// The daily factors of one local date, and whether the person checked in that day.
///
/// A *tracked* day is one the person logged themselves (even with nothing filled in): its episode count is
/// data, 0 included. Factors that another app's import filled in do not make a day tracked.
public struct DayLog: Hashable, Sendable {
    public var date: LocalDate
    public var isTracked: Bool
    /// Each logged factor's value (yes is 1, no is 0); a factor not logged has no entry. The named properties below
    /// read and write it.
    public var values: [DayFactor: Double] = [:]
    /// Supplemental elemental magnesium reported for the whole day without naming products (from a days.csv).
    public var reportedSupplementMagnesium: Milligrams?
    /// Magnesium from food that another app (Apple Health) recorded for the day; counted only when no food is logged here.
    public var importedFoodMagnesium: Milligrams?
    /// The factors whose values came from an import rather than from the person's own log.
    public var importedFactors: Set<DayFactor> = []
    /// True when `reportedSupplementMagnesium` came from an import.
    public var isSupplementMagnesiumImported = false

    public init(date: LocalDate, isTracked: Bool = true) {
        self.date = date
        self.isTracked = isTracked
    }

    /// True when no factor is filled in.
    public var hasNoFactors: Bool { values.isEmpty }

    /// Fills in every factor that `other` has, keeping the rest; tracked stays tracked.
    public func merging(_ other: DayLog) -> DayLog {
        var merged = self
        merged.isTracked = isTracked || other.isTracked
        merged.values.merge(other.values) { _, theirs in theirs }
        merged.reportedSupplementMagnesium = other.reportedSupplementMagnesium ?? reportedSupplementMagnesium
        return merged
    }

    /// Checks every factor's range.
    /// - Throws: `invalidInput` naming the factor that is out of range and the range it must be in.
    public func validate() throws(TwitchlessError) {
        for factor in DayFactor.allCases {
            if let value = value(of: factor) { try factor.check(value) }
        }
        if let reported = reportedSupplementMagnesium, reported.micrograms < 0 {
            throw .invalidInput("Supplemental magnesium can't be negative.", fix: "Please give the milligrams of elemental magnesium taken.")
        }
    }
}

extension DayLog {
    /// Hours of sleep ending that morning.
    public var sleepHours: Double? {
        get { values[.sleepHours] }
        set { values[.sleepHours] = newValue }
    }
    /// Stress, 0 (none) to 10 (worst).
    public var stress: Int? {
        get { values[.stress].map { Int($0) } }
        set { values[.stress] = newValue.map(Double.init) }
    }
    /// Caffeine in milligrams.
    public var caffeineMg: Double? {
        get { values[.caffeineMg] }
        set { values[.caffeineMg] = newValue }
    }
    /// Alcohol in standard drinks.
    public var alcoholDrinks: Double? {
        get { values[.alcoholDrinks] }
        set { values[.alcoholDrinks] = newValue }
    }
    /// Water in litres.
    public var waterLiters: Double? {
        get { values[.waterLiters] }
        set { values[.waterLiters] = newValue }
    }
    /// Exercise in minutes.
    public var exerciseMinutes: Double? {
        get { values[.exerciseMinutes] }
        set { values[.exerciseMinutes] = newValue }
    }
    /// Minutes of relaxation practice (mindfulness, breathing), a way of caring for stress.
    public var mindfulMinutes: Double? {
        get { values[.mindfulMinutes] }
        set { values[.mindfulMinutes] = newValue }
    }
    /// Whether a muscle group was used for a long time (prolonged muscle use).
    public var prolongedMuscleUse: Bool? {
        get { values[.prolongedMuscleUse].map { $0 != 0 } }
        set { values[.prolongedMuscleUse] = newValue.map { $0 ? 1 : 0 } }
    }
    /// Processed meals eaten.
    public var processedMeals: Int? {
        get { values[.processedMeals].map { Int($0) } }
        set { values[.processedMeals] = newValue.map(Double.init) }
    }
}
