public import TwitchlessCore

/// A problem found in one cell (or line) of an imported file.
public struct CSVDiagnostic: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// The column name, or nil when the problem is with the whole line.
    public var column: String?
    public var message: String

    public init(file: String, line: Int, column: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// "days.csv line 14, column sleep_hours: Sleep of 25 hours can't be right. …"
    public var description: String {
        if let column { return "\(file) line \(line), column \(column): \(message)" }
        return "\(file) line \(line): \(message)"
    }
}

extension TwitchlessError {
    /// How many problems an import's message lists in full.
    public static let diagnosticsShown = 50

    /// One error listing every diagnostic, for an import that stored nothing.
    public static func importFailed(_ diagnostics: [CSVDiagnostic]) -> TwitchlessError {
        importFailed(Array(diagnostics.prefix(diagnosticsShown)), total: diagnostics.count)
    }

    /// One error listing the first diagnostics of `total`, for an import that stored nothing.
    public static func importFailed(_ shown: [CSVDiagnostic], total: Int) -> TwitchlessError {
        let listed = shown.prefix(diagnosticsShown)
        let lines = listed.map { "  - \($0)" }.joined(separator: "\n")
        let more = total > listed.count ? "\n  … and \(total - listed.count) more." : ""
        let problems = total == 1 ? "1 problem" : "\(total) problems"
        return .invalidInput(
            "Nothing was imported, because the file has \(problems):\n\(lines)\(more)",
            fix: "Please correct these cells and import the file again. Your stored data has not changed."
        )
    }
}
