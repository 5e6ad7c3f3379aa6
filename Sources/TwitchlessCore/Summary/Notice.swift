/// Something the person should know, with a stable id and the source it rests on.
public struct Notice: Hashable, Sendable, Encodable {
    /// How much it matters, from least to most urgent.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case info, warning, urgent, emergency

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// Stable id: a reference row id (`kidney_disease`) or a documented app id (`dose_over_ul`).
    public var id: String
    public var severity: Severity
    public var message: String
    /// What to do next, in neutral words.
    public var fix: String?
    /// The step the fix points at, which each surface words its own way (a command, a link, a field).
    public var next: NextStep?
    /// The source the notice rests on.
    public var source: String
    /// The person's emergency number when the message tells them to call it (for a `tel:` link).
    public var emergencyNumber: String?

    private enum CodingKeys: String, CodingKey {
        case id, severity, message, fix
        case next = "next_step"
        case source
        case emergencyNumber = "emergency_number"
    }

    /// Writes every field, `fix` and `next_step` as null when there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(fix, forKey: .fix)
        try container.encode(next, forKey: .next)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(emergencyNumber, forKey: .emergencyNumber)
    }

    public init(id: String, severity: Severity, message: String, fix: String?, next: NextStep? = nil, source: String, emergencyNumber: String? = nil)
    {
        self.emergencyNumber = emergencyNumber
        self.next = next
        self.id = id
        self.severity = severity
        self.message = message
        self.fix = fix
        self.source = source
    }
}

extension Array where Element == Notice {
    /// Most urgent first, then by id, for a stable order.
    public func sortedByUrgency() -> [Notice] {
        sorted { ($0.severity, $1.id) > ($1.severity, $0.id) }
    }
}
