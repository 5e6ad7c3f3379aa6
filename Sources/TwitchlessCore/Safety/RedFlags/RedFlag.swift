/// One row of `red_flags.csv`: a sign that needs a doctor, with the source's urgency and wording.
public struct RedFlag: Hashable, Sendable {
    public enum Urgency: String, Sendable, Codable {
        /// Book a normal appointment.
        case routineGP = "routine_gp"
        /// Same day, urgent appointment or prompt care.
        case urgent
        /// Call emergency services.
        case emergency

        public var severity: Notice.Severity {
            switch self {
            case .routineGP: .warning
            case .urgent: .urgent
            case .emergency: .emergency
            }
        }
    }

    /// A threshold the source gives as a number.
    public enum Threshold: Hashable, Sendable {
        case durationDays(Int)
        case durationMinutes(Int)
        case bodySites(Int)

        /// Reads "duration_days>14", "duration_minutes>10" or "body_sites>=2"; nil for anything else.
        public init?(parsing text: String) {
            let trimmed = text.trimmingWhitespace()
            if trimmed.hasPrefix("duration_days>"), let n = Int(trimmed.dropFirst(14)) {
                self = .durationDays(n)
            } else if trimmed.hasPrefix("duration_minutes>"), let n = Int(trimmed.dropFirst(17)) {
                self = .durationMinutes(n)
            } else if trimmed.hasPrefix("body_sites>="), let n = Int(trimmed.dropFirst(12)) {
                self = .bodySites(n)
            } else {
                return nil
            }
        }
    }

    public var id: String
    public var sign: String
    public var threshold: Threshold?
    public var urgency: Urgency
    public var message: String
    public var source: String
    /// Whether the app raises it (POLICIES.md: every row but RF12 and RF13).
    public var isActive: Bool

    public init(id: String, sign: String, threshold: Threshold?, urgency: Urgency, message: String, source: String, isActive: Bool) {
        self.id = id
        self.sign = sign
        self.threshold = threshold
        self.urgency = urgency
        self.message = message
        self.source = source
        self.isActive = isActive
    }
}
