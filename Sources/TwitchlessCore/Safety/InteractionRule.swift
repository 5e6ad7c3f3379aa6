/// One row of `medication_interactions.csv`: how a medicine (or a condition) and magnesium go together.
public struct InteractionRule: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        /// Keep magnesium and the medicine apart in time.
        case separateTiming = "separate_timing"
        /// Long-term use can lower magnesium: ask the doctor about checking it.
        case monitor
        /// Avoid the combination.
        case avoid
        /// Ask a doctor or pharmacist before adding magnesium.
        case consult
    }

    public var id: String
    public var drugClass: String
    /// Generic names the row applies to, lowercased.
    public var generics: [String]
    public var effect: String
    public var kind: Kind
    /// The medicine at least this many hours before the magnesium; nil when the source sets no gap on this side.
    public var beforeHours: Double?
    /// The medicine at least this many hours after the magnesium; nil when the source sets no gap on this side.
    public var afterHours: Double?
    public var advice: String
    public var source: String
    public var evidenceNote: String
    /// The rule comes from a label about magnesium antacids and is applied to supplements as a precaution.
    public var isAntacidPrecaution = false
    /// A monitor rule about long-term use (POLICIES.md: acid reducers, diuretics).
    public var isLongTermMonitor = false

    public init(
        id: String,
        drugClass: String,
        generics: [String],
        effect: String,
        kind: Kind,
        beforeHours: Double?,
        afterHours: Double?,
        advice: String,
        source: String,
        evidenceNote: String
    ) {
        self.id = id
        self.drugClass = drugClass
        self.generics = generics
        self.effect = effect
        self.kind = kind
        self.beforeHours = beforeHours
        self.afterHours = afterHours
        self.advice = advice
        self.source = source
        self.evidenceNote = evidenceNote
    }

    /// A row for one product (a single generic), as opposed to a class of medicines.
    public var isProductRow: Bool { generics.count == 1 }
}
