/// The wording of one of the app's own notices (`notices.csv`), with `{placeholders}` and its source.
public struct NoticeText: Hashable, Sendable {
    public var id: String
    public var severity: Notice.Severity
    public var message: String
    public var fix: String?
    /// The next step's code (`edit_profile:birth`, `mark_got_help:{id}`), read by `NextStep(code:)` once filled.
    public var nextStep: String?
    public var source: String

    public init(id: String, severity: Notice.Severity, message: String, fix: String?, nextStep: String? = nil, source: String) {
        self.nextStep = nextStep
        self.id = id
        self.severity = severity
        self.message = message
        self.fix = fix
        self.source = source
    }

    /// The notice with each `{name}` replaced by its value.
    public func notice(_ values: [String: String] = [:]) -> Notice {
        func fill(_ text: String) -> String {
            var result = text
            for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
            return result
        }
        return Notice(
            id: id,
            severity: severity,
            message: fill(message),
            fix: fix.map(fill),
            next: nextStep.map(fill).flatMap(NextStep.init(code:)),
            source: source
        )
    }
}
