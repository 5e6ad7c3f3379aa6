/// The recommended intake (RDA or AI) that applies to the person: one value, or a range when sex is not given.
public struct ReferenceIntake: Hashable, Sendable {
    public var low: Milligrams
    public var high: Milligrams
    public var kind: MagnesiumRDARow.Kind
    public var lifeStage: String
    public var citations: [SourceCitation]

    /// The single value, or nil when it is a range.
    public var single: Milligrams? { low == high ? low : nil }

    /// The value to aim suggestions at: the higher end of a range (POLICIES.md, Sex).
    public var target: Milligrams { high }

    /// "320 mg" or "320–420 mg".
    public var text: String { single.map(\.description) ?? "\(low.rounded)–\(high.rounded) mg" }
}
