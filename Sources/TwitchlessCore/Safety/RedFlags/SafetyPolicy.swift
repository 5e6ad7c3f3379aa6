/// The red-flag numbers of POLICIES.md (`policies.csv`): when a flag is raised and how long it is shown.
public struct SafetyPolicy: Hashable, Sendable {
    /// More than this many days without an episode in a region starts a new duration count.
    public var twitchNewCountGapDays: Int
    /// "More than one place" looks at twitches within this many days.
    public var multisiteWindowDays: Int
    /// The too-much-magnesium rules look at the last this many days.
    public var magnesiumSignsLookbackDays: Int
    /// An emergency sign is "get help now" for this many hours after the time it was logged for…
    public var emergencyGetHelpHours: Int
    /// …then a follow-up through this many calendar days after the day of the sign.
    public var emergencyFollowUpDays: Int
    /// Urgent and see-a-GP signs from logged symptoms are shown through this many days after the latest log.
    public var symptomFlagDays: Int
    /// RF01 is shown while the region had an episode within this many days.
    public var durationFlagCurrentDays: Int
    /// RF02 is shown through this many days after the latest episode of its pattern.
    public var multisiteFlagCurrentDays: Int
    /// RF20 is shown through this many days after the cramp.
    public var longCrampFlagDays: Int
    /// RF15 is inferred when face twitches follow eyelid twitching within this many days.
    public var faceSpreadWindowDays: Int

    public init(
        twitchNewCountGapDays: Int,
        multisiteWindowDays: Int,
        magnesiumSignsLookbackDays: Int,
        emergencyGetHelpHours: Int,
        emergencyFollowUpDays: Int,
        symptomFlagDays: Int,
        durationFlagCurrentDays: Int,
        multisiteFlagCurrentDays: Int,
        longCrampFlagDays: Int,
        faceSpreadWindowDays: Int
    ) {
        self.twitchNewCountGapDays = twitchNewCountGapDays
        self.multisiteWindowDays = multisiteWindowDays
        self.magnesiumSignsLookbackDays = magnesiumSignsLookbackDays
        self.emergencyGetHelpHours = emergencyGetHelpHours
        self.emergencyFollowUpDays = emergencyFollowUpDays
        self.symptomFlagDays = symptomFlagDays
        self.durationFlagCurrentDays = durationFlagCurrentDays
        self.multisiteFlagCurrentDays = multisiteFlagCurrentDays
        self.longCrampFlagDays = longCrampFlagDays
        self.faceSpreadWindowDays = faceSpreadWindowDays
    }

    /// How many calendar days after its latest sign a flag raised by signs is shown (emergencies: the follow-up).
    public func signDays(for urgency: RedFlag.Urgency) -> Int {
        urgency == .emergency ? emergencyFollowUpDays : symptomFlagDays
    }
}
