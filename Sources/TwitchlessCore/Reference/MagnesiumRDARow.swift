/// One row of `magnesium_rda.csv`: the RDA or AI for a life stage.
public struct MagnesiumRDARow: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        case rda = "RDA"
        case ai = "AI"
    }

    public var lifeStage: String
    public var ageMinYears: Double
    public var ageMaxYears: Double?
    /// "any", "male" or "female".
    public var sex: String
    /// "none", "pregnancy" or "lactation".
    public var condition: String
    public var value: Milligrams
    public var kind: Kind
    public var citation: SourceCitation

    public init(
        lifeStage: String,
        ageMinYears: Double,
        ageMaxYears: Double?,
        sex: String,
        condition: String,
        value: Milligrams,
        kind: Kind,
        citation: SourceCitation
    ) {
        self.lifeStage = lifeStage
        self.ageMinYears = ageMinYears
        self.ageMaxYears = ageMaxYears
        self.sex = sex
        self.condition = condition
        self.value = value
        self.kind = kind
        self.citation = citation
    }
}
