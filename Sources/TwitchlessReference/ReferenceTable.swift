public import TwitchlessCore
public import TwitchlessIO

/// A parsed reference CSV: its header and rows, with access by column name.
public struct ReferenceTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [CSVRecord]
    private let positions: [String: Int]

    /// Parses CSV bytes whose first record is the header.
    /// - Throws: `internalFailure` when the shipped file is malformed.
    public init(name: String, bytes: [UInt8]) throws(TwitchlessError) {
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(bytes, fileName: name)
        } catch {
            throw TwitchlessError(
                .internalFailure,
                "The reference file \(name) that ships with Twitchless could not be read.",
                fix: "Please reinstall Twitchless.",
                cause: error
            )
        }
        guard let header = records.first else {
            throw TwitchlessError(.internalFailure, "The reference file \(name) is empty.", fix: "Please reinstall Twitchless.")
        }
        self.name = name
        self.columns = header.fields
        self.rows = Array(records.dropFirst())
        self.positions = Dictionary(header.fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The cell of `column` in `row`, or "" when absent.
    public func value(_ row: CSVRecord, _ column: String) -> String {
        guard let index = positions[column], index < row.fields.count else { return "" }
        return row.fields[index]
    }

    /// The cell as a number, or nil when empty.
    /// - Throws: `internalFailure` when the cell is not a number.
    public func number(_ row: CSVRecord, _ column: String) throws(TwitchlessError) -> Double? {
        let text = value(row, column).trimmingWhitespace()
        if text.isEmpty { return nil }
        guard let number = DecimalText.parse(text) else {
            throw TwitchlessError(
                .internalFailure,
                "The reference file \(name) has \"\(text)\" in \(column) on line \(row.line), which is not a number.",
                fix: "Please reinstall Twitchless."
            )
        }
        return number
    }

    /// The cell as a number that must be present.
    public func requiredNumber(_ row: CSVRecord, _ column: String) throws(TwitchlessError) -> Double {
        guard let number = try number(row, column) else {
            throw TwitchlessError(
                .internalFailure,
                "The reference file \(name) has no \(column) on line \(row.line).",
                fix: "Please reinstall Twitchless."
            )
        }
        return number
    }

    /// Whether the table has this column.
    public func has(_ column: String) -> Bool { positions[column] != nil }
}
