import TwitchlessCore

/// Which documented format a CSV file is, recognised by its header.
public enum CSVFileKind: String, Sendable {
    case days
    case episodes

    /// The kind whose required columns the header has, or nil.
    public static func recognize(_ header: CSVRecord) -> CSVFileKind? {
        let names = Set(header.fields.map { $0.trimmingWhitespace().lowercased() })
        if names.contains("started_at") && names.contains("site") { return .episodes }
        if names.contains("date") { return .days }
        return nil
    }
}
