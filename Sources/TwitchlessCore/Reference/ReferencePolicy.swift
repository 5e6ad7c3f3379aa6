/// Product decisions from POLICIES.md that carry a number (`policies.csv`).
public struct ReferencePolicy: Hashable, Sendable {
    /// Below this age (years) a person is an infant: no upper limit, no supplements without a doctor.
    public var infantAgeBelowYears: Double
    /// Below this age (years) Twitchless plans no supplements.
    public var supplementPlanningMinAgeYears: Double
    /// The magnesium planner proposes times from this local hour…
    public var planDayStartHour: Int
    /// …to this one.
    public var planDayEndHour: Int
    /// The food-first suggestion averages over this many recent days…
    public var belowRDAWindowDays: Int
    /// …when at least this many of them had food logged.
    public var belowRDAMinFoodDays: Int

    public init(
        infantAgeBelowYears: Double,
        supplementPlanningMinAgeYears: Double,
        planDayStartHour: Int,
        planDayEndHour: Int,
        belowRDAWindowDays: Int,
        belowRDAMinFoodDays: Int
    ) {
        self.belowRDAWindowDays = belowRDAWindowDays
        self.belowRDAMinFoodDays = belowRDAMinFoodDays
        self.infantAgeBelowYears = infantAgeBelowYears
        self.supplementPlanningMinAgeYears = supplementPlanningMinAgeYears
        self.planDayStartHour = planDayStartHour
        self.planDayEndHour = planDayEndHour
    }
}
