public import TwitchlessCore

/// Everything one FHIR export holds, already read from the log and evaluated: the writer does no I/O.
public struct FHIRExport: Sendable {
    /// A product with the intakes logged in the export's dates.
    public struct SupplementUse: Sendable {
        public var product: SupplementProduct
        public var intakes: [SupplementIntake]

        public init(product: SupplementProduct, intakes: [SupplementIntake]) {
            self.product = product
            self.intakes = intakes
        }
    }

    /// A medicine with, when a sourced row sets one, the gap magnesium keeps from it in plain words.
    public struct MedicineUse: Sendable {
        public var medicine: Medicine
        public var magnesiumTiming: String?

        public init(medicine: Medicine, magnesiumTiming: String? = nil) {
            self.medicine = medicine
            self.magnesiumTiming = magnesiumTiming
        }
    }

    public var profile: Profile
    /// The first and last local date exported.
    public var dates: ClosedRange<LocalDate>
    /// The export's time (the app clock) in the person's zone; written in UTC as `Bundle.timestamp`.
    public var now: Timestamp
    public var episodes: [Episode]
    public var days: [DayLog]
    public var supplements: [SupplementUse]
    public var medicines: [MedicineUse]
    /// The red flags active at `now`, from the safety evaluation.
    public var redFlags: [RaisedRedFlag]
    /// Reports of the trials that have started.
    public var trials: [TrialReport]

    public init(
        profile: Profile,
        dates: ClosedRange<LocalDate>,
        now: Timestamp,
        episodes: [Episode] = [],
        days: [DayLog] = [],
        supplements: [SupplementUse] = [],
        medicines: [MedicineUse] = [],
        redFlags: [RaisedRedFlag] = [],
        trials: [TrialReport] = []
    ) {
        self.profile = profile
        self.dates = dates
        self.now = now
        self.episodes = episodes
        self.days = days
        self.supplements = supplements
        self.medicines = medicines
        self.redFlags = redFlags
        self.trials = trials
    }
}
