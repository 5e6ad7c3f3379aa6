/// Writes RFC 4180 CSV: comma-separated, LF line ends, fields quoted only when needed.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init() {}

    /// Appends one record.
    public mutating func write(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",")
        text += "\n"
    }

    /// The field, quoted when it contains a comma, quote, line break, or leading or trailing space.
    public static func escape(_ field: String) -> String {
        let needsQuotes =
            field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || field.unicodeScalars.first == " " || field.unicodeScalars.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
