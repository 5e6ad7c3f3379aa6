public import TwitchlessCore

/// Reads RFC 4180 CSV (UTF-8, optional byte-order mark, LF or CRLF, quoted fields with doubled quotes).
/// Blank lines are skipped. Errors name the line.
public enum CSVReader {
    /// Splits `bytes` into records.
    /// - Throws: `invalidInput` for text that isn't UTF-8, an unterminated quote or a quote in the middle of an
    ///   unquoted field.
    public static func records(_ bytes: [UInt8], fileName: String = "the file") throws(TwitchlessError) -> [CSVRecord] {
        var stream = CSVRecordStream(bytes: bytes, fileName: fileName)
        var records: [CSVRecord] = []
        while let record = try stream.next() { records.append(record) }
        return records
    }
}
