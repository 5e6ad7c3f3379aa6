/// One row of `caffeine_sources.csv`: caffeine in a serving of a drink.
public struct CaffeineSource: Hashable, Sendable {
    public var id: String
    public var item: String
    public var serving: String
    /// Caffeine per serving, or the low end of a range.
    public var caffeineMg: Double
    /// The high end when the source gives a range.
    public var caffeineMgMax: Double?
    public var citation: SourceCitation

    public init(id: String, item: String, serving: String, caffeineMg: Double, caffeineMgMax: Double?, citation: SourceCitation) {
        self.id = id
        self.item = item
        self.serving = serving
        self.caffeineMg = caffeineMg
        self.caffeineMgMax = caffeineMgMax
        self.citation = citation
    }
}
