/// Where a reference value comes from: the `source` column of its row, and the row's id where it has one.
public struct SourceCitation: Hashable, Sendable, Codable {
    /// The authoritative document (title and URL, or a journal citation).
    public var source: String
    /// The file and row the value was read from, e.g. "magnesium_rda.csv: 31-50 years, female".
    public var row: String

    public init(source: String, row: String) {
        self.source = source
        self.row = row
    }
}
