/// A symptom the person can log (`symptoms.csv`), and the red flags it raises.
public struct Symptom: Hashable, Sendable {
    /// The symptom's part in the too-much-magnesium rules (POLICIES.md: Too much magnesium).
    public enum MagnesiumRole: String, Sendable {
        case weakness, severe, early, diarrhoea
    }

    public var key: String
    public var label: String
    /// Red flag ids it raises directly.
    public var redFlags: [String]
    public var magnesiumRole: MagnesiumRole?
    /// Whether it counts for RF27 in someone taking a PPI.
    public var isPPISign: Bool

    public init(key: String, label: String, redFlags: [String], magnesiumRole: MagnesiumRole?, isPPISign: Bool) {
        self.key = key
        self.label = label
        self.redFlags = redFlags
        self.magnesiumRole = magnesiumRole
        self.isPPISign = isPPISign
    }
}

/// A symptom the person logged.
public struct LoggedSymptom: Hashable, Sendable {
    public var key: String
    public var at: Timestamp
    public var note: String?

    public init(key: String, at: Timestamp, note: String? = nil) {
        self.key = key
        self.at = at
        self.note = note
    }
}

/// "I have talked to a doctor about this": what it covered, so the same sign doesn't come back.
public struct RedFlagAcknowledgement: Hashable, Sendable {
    public var flagID: String
    /// The region(s), symptom or other subject the flag was about.
    public var covers: String
    /// The start date (a duration's first day) or the latest sign's date it covered.
    public var since: LocalDate

    public init(flagID: String, covers: String, since: LocalDate) {
        self.flagID = flagID
        self.covers = covers
        self.since = since
    }
}
