/// The daily factors of one local date, and whether the person checked in that day.
///
/// A *tracked* day is one the person logged themselves (even with nothing filled in): its episode count is
/// data, 0 included. Factors that another app's import filled in do not make a day tracked.
public struct DayLog: Hashable, Sendable {
    public var date: LocalDate
    public var isTracked: Bool
    /// Hours of sleep ending that morning.
    public var sleepHours: Double?
    /// Stress, 0 (none) to 10 (worst).
    public var stress: Int?
    /// Caffeine in milligrams.
    public var caffeineMg: Double?
    /// Alcohol in standard drinks.
    public var alcoholDrinks: Double?
    /// Water in litres.
    public var waterLiters: Double?
    /// Exercise in minutes.
    public var exerciseMinutes: Double?
    /// Minutes of relaxation practice (mindfulness, breathing), a way of caring for stress.
    public var mindfulMinutes: Double?
    /// Whether a muscle group was used for a long time (prolonged muscle use).
    public var prolongedMuscleUse: Bool?
    /// Processed meals eaten.
    public var processedMeals: Int?
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
    public var hasNoFactors: Bool {
        sleepHours == nil && stress == nil && caffeineMg == nil && alcoholDrinks == nil && waterLiters == nil
            && exerciseMinutes == nil && mindfulMinutes == nil && prolongedMuscleUse == nil && processedMeals == nil
    }

    /// Fills in every factor that `other` has, keeping the rest; tracked stays tracked.
    public func merging(_ other: DayLog) -> DayLog {
        var merged = self
        merged.isTracked = isTracked || other.isTracked
        merged.sleepHours = other.sleepHours ?? sleepHours
        merged.stress = other.stress ?? stress
        merged.caffeineMg = other.caffeineMg ?? caffeineMg
        merged.alcoholDrinks = other.alcoholDrinks ?? alcoholDrinks
        merged.waterLiters = other.waterLiters ?? waterLiters
        merged.exerciseMinutes = other.exerciseMinutes ?? exerciseMinutes
        merged.mindfulMinutes = other.mindfulMinutes ?? mindfulMinutes
        merged.prolongedMuscleUse = other.prolongedMuscleUse ?? prolongedMuscleUse
        merged.processedMeals = other.processedMeals ?? processedMeals
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
