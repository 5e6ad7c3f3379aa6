/// Small helpers for writing HTML safely.
enum HTML {
    /// Escapes text for element content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A hidden field carrying the CSRF token.
    static func csrfField(_ token: String?) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(token ?? ""))\">"
    }
}
