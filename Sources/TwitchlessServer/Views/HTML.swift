import TwitchlessReports

extension HTML {
    /// A hidden field carrying the CSRF token.
    static func csrfField(_ token: String?) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(token ?? "")\">"
    }
}
