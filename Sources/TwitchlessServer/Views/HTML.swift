import TwitchlessReports

/// Small helpers for writing HTML safely.
enum HTML {
    /// Escapes text for element content and attribute values (the doctor report's escaping, shared).
    static func escape(_ text: String) -> String { TwitchlessReports.HTML.escape(text) }

    /// A hidden field carrying the CSRF token.
    static func csrfField(_ token: String?) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(token ?? ""))\">"
    }
}
