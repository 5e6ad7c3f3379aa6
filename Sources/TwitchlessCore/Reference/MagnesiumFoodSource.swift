/// One row of the ODS short list of good food sources of magnesium (`foods_magnesium.csv`).
public struct MagnesiumFoodSource: Hashable, Sendable {
    public var food: String
    public var serving: String
    public var magnesiumMg: Double
    public var magnesiumMgMax: Double?
    public var percentDailyValue: Int?
    public var citation: SourceCitation

    public init(food: String, serving: String, magnesiumMg: Double, magnesiumMgMax: Double?, percentDailyValue: Int?, citation: SourceCitation) {
        self.food = food
        self.serving = serving
        self.magnesiumMg = magnesiumMg
        self.magnesiumMgMax = magnesiumMgMax
        self.percentDailyValue = percentDailyValue
        self.citation = citation
    }

    /// "156 mg" or "24–27 mg".
    public var amountText: String {
        if let max = magnesiumMgMax { return "\(DecimalText.format(magnesiumMg))–\(DecimalText.format(max)) mg" }
        return "\(DecimalText.format(magnesiumMg)) mg"
    }
}
