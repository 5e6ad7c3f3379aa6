import TwitchlessCore
import TwitchlessReports

/// A page form as the person sent it, with why it was refused: the page shows that form again,
/// filled with what they entered, and the reason at its top. The page's other forms render as normal.
struct FormState: Sendable {
    /// Which of the page's forms was sent ("episode", "product", …); it also names the error's element.
    var form: String
    /// The fields as sent, without the CSRF token.
    var fields: [String: String]
    var error: TwitchlessError

    init(form: String, fields: [String: String], error: TwitchlessError) {
        self.form = form
        self.fields = fields.filter { $0.key != "csrf" }
        self.error = error
    }

    /// This state when it belongs to `form`; nil for the page's other forms.
    func matching(_ form: String) -> FormState? { self.form == form ? self : nil }

    /// What was sent for `name`, or `default` when the field wasn't sent at all.
    func value(for name: String, default value: String = "") -> String { fields[name] ?? value }

    /// Whether a checkbox or radio button was chosen: an unticked box isn't sent.
    func isChecked(_ name: String, value: String = "yes") -> Bool { fields[name] == value }

    /// The id of the error's element, which every field of the form names in `aria-describedby`.
    var errorID: String { "\(form)-error" }

    /// ` aria-describedby="…"` for a field: its own hint, if it has one, then the error.
    func describedBy(hint: String? = nil) -> HTML {
        " aria-describedby=\"\([hint, errorID].compactMap { $0 }.joined(separator: " "))\""
    }

    /// The error for the top of the form: what happened, that nothing was saved, and what to do next.
    /// It takes the focus when the page loads (no script needed), so it is read out and scrolled into view.
    var alert: HTML {
        "<div class=\"error\" role=\"alert\" id=\"\(errorID)\" tabindex=\"-1\" autofocus><p>\(error.message)</p>"
            + NextStepLink.fixHTML(error.fix, next: error.next)
            + (fields.isEmpty
                ? "<p>Nothing was changed.</p></div>"
                : "<p>Nothing was saved. What you entered is still here, so you can change it and send it again.</p></div>")
    }
}
