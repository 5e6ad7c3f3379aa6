/// A symptom the person can log (`symptoms.csv`), and the red flags it raises.
public struct Symptom: Hashable, Sendable {
    /// The symptom's part in the too-much-magnesium rules (POLICIES.md: Too much magnesium).
    public enum MagnesiumRole: String, Sendable {
        case weakness, severe, early, diarrhoea
    }

    public var key: String
    public var label: String
    /// The label for the doctor report ("leg cramps disturbing their sleep").
    public var doctorLabel: String
    /// Red flag ids it raises directly.
    public var redFlags: [String]
    public var magnesiumRole: MagnesiumRole?
    /// Whether it counts for RF27 in someone taking a PPI.
    public var isPPISign: Bool

    public init(key: String, label: String, doctorLabel: String? = nil, redFlags: [String], magnesiumRole: MagnesiumRole?, isPPISign: Bool) {
        self.key = key
        self.label = label
        self.doctorLabel = doctorLabel ?? label.lowercased()
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

/// "I have talked to a doctor about this" (or "I got help"): what it covered, so the same sign doesn't come back.
public struct RedFlagAcknowledgement: Hashable, Sendable {
    public var flagID: String
    /// The region(s), or a subject with the instant of the latest sign covered ("breathing_difficulty@1764000000").
    public var covers: String
    /// The first day of what it covered.
    public var since: LocalDate
    /// The day it was marked, when known.
    public var markedOn: LocalDate?
    /// The instant it was marked (epoch seconds), when known.
    public var markedAt: Int64?

    public init(flagID: String, covers: String, since: LocalDate, markedOn: LocalDate? = nil, markedAt: Int64? = nil) {
        self.markedAt = markedAt
        self.flagID = flagID
        self.covers = covers
        self.since = since
        self.markedOn = markedOn
    }

    /// For a subject with an instant ("key@epoch"): the subject and the instant of the latest sign covered.
    var subjectAndInstant: (subject: String, epoch: Int64)? {
        guard let at = covers.lastIndex(of: "@"), let epoch = Int64(covers[covers.index(after: at)...]) else { return nil }
        return (String(covers[..<at]), epoch)
    }
}
