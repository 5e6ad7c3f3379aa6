/// Works out which red flags were raised over the whole logged history and which are shown now
/// (POLICIES.md: Red flags, How long a red flag is shown).
///
/// Emergency signs say "get help now" for a day, then ask for a follow-up for a month; other signs from symptoms stay
/// for three months after their latest log; patterns stay while they are current. A flag the person marks is gone and
/// returns only for a new sign. Every flag ever raised stays in the history, with its dates and whether it was marked.
public struct RedFlagEvaluator: Sendable {
    public var flags: [String: RedFlag]
    public var symptoms: [String: Symptom]
    /// Body site → (region key, region label).
    public var regions: [BodySite: (key: String, label: String)]
    /// Region key → the region in the doctor's words ("the eyelids").
    public var doctorRegionLabels: [String: String]
    public var policy: SafetyPolicy
    /// The wording of an emergency sign's follow-up (`notices.csv` row `emergency_follow_up`).
    public var followUp: NoticeText?

    public init(
        flags: [RedFlag],
        symptoms: [Symptom],
        regions: [BodySite: (key: String, label: String)],
        policy: SafetyPolicy,
        doctorRegionLabels: [String: String] = [:],
        followUp: NoticeText? = nil
    ) {
        self.flags = Dictionary(flags.filter(\.isActive).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.symptoms = Dictionary(symptoms.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        self.regions = regions
        self.policy = policy
        self.doctorRegionLabels = doctorRegionLabels
        self.followUp = followUp
    }

    /// What the evaluation needs to know.
    public struct Input: Sendable {
        public var episodes: [Episode]
        public var symptoms: [LoggedSymptom]
        public var acknowledgements: [RedFlagAcknowledgement]
        /// The person's local date now.
        public var today: LocalDate
        /// The instant now, for the hours an emergency sign says "get help now".
        public var now: Int64
        /// Days on which supplemental magnesium (a supplement or a magnesium medicine) was logged.
        public var magnesiumDays: Set<LocalDate>
        /// Days on which supplemental magnesium was above the upper limit.
        public var overLimitDays: Set<LocalDate>
        public var hasKidneyDisease: Bool
        /// Whether the kidney answer was "not sure" rather than yes or dialysis.
        public var kidneyNotSure: Bool
        /// The prescription acid reducers (PPIs) in the medicine list, with their dates.
        public var acidReducers: [Medicine]
        /// When the person said twitching in a region started (region key → date), if they did.
        public var reportedStarts: [String: LocalDate]
        /// The number the person calls in an emergency.
        public var emergency: EmergencyContact

        public init(
            episodes: [Episode],
            symptoms: [LoggedSymptom],
            acknowledgements: [RedFlagAcknowledgement],
            today: LocalDate,
            now: Int64,
            magnesiumDays: Set<LocalDate> = [],
            overLimitDays: Set<LocalDate> = [],
            hasKidneyDisease: Bool = false,
            kidneyNotSure: Bool = false,
            acidReducers: [Medicine] = [],
            reportedStarts: [String: LocalDate] = [:],
            emergency: EmergencyContact = .unknown
        ) {
            self.episodes = episodes
            self.symptoms = symptoms
            self.acknowledgements = acknowledgements
            self.today = today
            self.now = now
            self.magnesiumDays = magnesiumDays
            self.overLimitDays = overLimitDays
            self.hasKidneyDisease = hasKidneyDisease
            self.kidneyNotSure = kidneyNotSure
            self.acidReducers = acidReducers
            self.reportedStarts = reportedStarts
            self.emergency = emergency
        }
    }

    /// The flags shown now, most urgent first ("get help now" before everything else).
    public func evaluate(_ input: Input) -> [RaisedRedFlag] {
        Self.shown(history(input))
    }

    /// The flags of a history that are shown now, most urgent first.
    public static func shown(_ history: [RaisedRedFlag]) -> [RaisedRedFlag] {
        history.filter { $0.status == .active }.sorted { a, b in
            (a.severity, b.flag.id, b.covers) > (b.severity, a.flag.id, a.covers)
        }
    }

    /// Every flag ever raised, active, marked or ended, in the order they were first raised.
    public func history(_ input: Input) -> [RaisedRedFlag] {
        let wording = RedFlagWording(emergency: input.emergency, followUp: followUp)
        var found =
            durationFlags(input) + multisiteFlags(input) + crampFlags(input) + symptomFlags(input) + magnesiumFlags(input)
            + acidReducerFlags(input)
        for index in found.indices { found[index].wording = wording }
        return found.sorted { ($0.since, $0.flag.id, $0.covers) < ($1.since, $1.flag.id, $1.covers) }
    }

    /// Twitches and spasms (not cramps) count for the duration, more-than-one-place and spreading rules.
    static func isTwitch(_ episode: Episode) -> Bool { episode.kind != .cramp }

    /// The region's label in both wordings.
    func regionLabel(_ key: String) -> RedFlagFinding.Label {
        let person = regions.values.first { $0.key == key }?.label ?? key
        return .init(person: person, doctor: doctorRegionLabels[key] ?? person)
    }

    /// The status of a flag whose latest sign or episode is on `last`, shown through `shownThrough` unless marked.
    static func status(marked: RedFlagAcknowledgement?, shownThrough: LocalDate, today: LocalDate) -> RaisedRedFlag.Status {
        if marked != nil { return .marked }
        return today <= shownThrough ? .active : .ended
    }
}
