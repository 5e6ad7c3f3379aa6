package import TwitchlessCore

/// The reference values for the person's life stage: fields the day's magnesium and the profile both carry, at their
/// own level (each encodes them beside its other fields).
package struct TargetFields: Encodable, Sendable {
    @Nullable package var lifeStage: String?
    /// "rda" or "ai".
    @Nullable package var recommendedKind: String?
    /// The recommended intake suggestions use: the higher value when it is a range (the sex isn't set).
    @Nullable package var recommendedMg: Double?
    /// Both values when the sex isn't set, else nil.
    @Nullable package var recommendedMgRange: [Double]?
    package var recommendedSources: [String]
    @Nullable package var supplementUpperLimitMg: Double?
    package var supplementUpperLimitBody: String
    @Nullable package var supplementUpperLimitAppliesTo: String?
    @Nullable package var supplementUpperLimitSource: String?

    package init(_ targets: IntakeTargets) {
        let recommended = targets.recommended
        lifeStage = recommended?.lifeStage
        recommendedKind = recommended?.kind.rawValue
        recommendedMg = recommended?.target.value
        recommendedMgRange = recommended.flatMap { $0.single == nil ? [$0.low.value, $0.high.value] : nil }
        recommendedSources = recommended?.citations.map(\.source) ?? []
        supplementUpperLimitMg = targets.upperLimit.limit?.value
        supplementUpperLimitBody = targets.upperLimit.body == .us ? "US/IOM" : "EU/EFSA"
        supplementUpperLimitAppliesTo = targets.upperLimit.row?.appliesTo
        supplementUpperLimitSource = targets.upperLimit.row?.citation.source
    }
}
