/// One row of `magnesium_ul.csv`: the tolerable upper intake level for supplemental magnesium.
public struct MagnesiumULRow: Hashable, Sendable {
    /// "US" or "EU".
    public var jurisdiction: String
    public var lifeStage: String
    public var ageMinYears: Double
    public var ageMaxYears: Double?
    /// "none", "pregnancy", "lactation" or "any".
    public var condition: String
    /// The limit per day; nil when none is established.
    public var limit: Milligrams?
    /// What the limit counts, in the source's words.
    public var appliesTo: String
    public var citation: SourceCitation

    public init(
        jurisdiction: String,
        lifeStage: String,
        ageMinYears: Double,
        ageMaxYears: Double?,
        condition: String,
        limit: Milligrams?,
        appliesTo: String,
        citation: SourceCitation
    ) {
        self.jurisdiction = jurisdiction
        self.lifeStage = lifeStage
        self.ageMinYears = ageMinYears
        self.ageMaxYears = ageMaxYears
        self.condition = condition
        self.limit = limit
        self.appliesTo = appliesTo
        self.citation = citation
    }
}
