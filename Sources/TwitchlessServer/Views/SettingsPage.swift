import TwitchlessReports
import TwitchlessStore

/// Settings: reminders, colours on this device, invitations and personal API tokens.
enum SettingsPage {
    enum Created {
        case invitation(String)
        case token(String)
        case resetLink(name: String, link: String)
    }

    /// The page; with `failed`, the new-token form shows the name that was sent and why it was refused.
    static func render(
        user: User,
        tokens: [AccountSession.APIToken],
        csrf: String?,
        created: Created?,
        failed: FormState? = nil,
        theme: Theme? = nil,
        savedAppearance: Bool = false,
        reminders: HTML = "",
        account: HTML = "",
        people: HTML = "",
        leaving: HTML = ""
    ) -> HTML {
        let failed = failed?.matching("token")
        var html: HTML = "<h1>Settings</h1><p>Signed in as \(user.displayName) (\(user.email)).</p>"
        switch created {
        case .invitation(let link)?:
            html +=
                "<div class=\"message\" role=\"status\"><p>Send this link to the person you invite. It works once, for 7 days:</p><p><code>\(link)</code></p></div>"
        case .token(let token)?:
            html +=
                "<div class=\"message\" role=\"status\"><p>Your new API token. Copy it now: it won't be shown again.</p><p><code>\(token)</code></p></div>"
        case .resetLink(let name, let link)?:
            html +=
                "<div class=\"message\" role=\"status\"><p>Give this link to \(name), in person or by a message only they read. It works once, for a day, to choose a new password:</p><p><code>\(link)</code></p></div>"
        case nil:
            break
        }
        html += reminders + appearance(theme: theme, csrf: csrf, saved: savedAppearance) + account
        if user.isAdmin {
            html +=
                "<section class=\"card\" aria-labelledby=\"invite\"><h2 id=\"invite\">Invite someone</h2>"
                + "<p>Each person keeps their own log; nobody else can see it.</p>"
                + "<form method=\"post\" action=\"/settings/invitations\">\(HTML.csrfField(csrf))<button type=\"submit\">Create an invitation link</button></form></section>"
        }
        html += people
        html +=
            "<section class=\"card\" aria-labelledby=\"tokens\"><h2 id=\"tokens\">API tokens</h2>"
            + "<p>For the JSON API (see <a href=\"/api/v1/openapi.json\">its description</a>): send <code>Authorization: Bearer TOKEN</code>.</p>"
        let active = tokens.filter { $0.revokedAt == nil }
        if active.isEmpty {
            html += "<p>No tokens yet.</p>"
        } else {
            html +=
                "<ul>"
                + active.map { token in
                    "<li>\(token.name) <span class=\"muted\">(made \(String(token.createdAt.prefix(10))))</span> "
                        + "<form method=\"post\" action=\"/settings/tokens/\(token.id)/revoke\" class=\"inline\">\(HTML.csrfField(csrf))"
                        + "<button type=\"submit\" class=\"link\">Revoke</button></form></li>"
                }.joined() + "</ul>"
        }
        html +=
            "<form method=\"post\" action=\"/settings/tokens\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.field(
                "name",
                label: "Name for a new token",
                hint: "So you know where it is used, like \"phone shortcut\".",
                attributes: "maxlength=\"80\" required",
                failed: failed
            )
            + "<p><button type=\"submit\">Create a token</button></p></form></section>"
        return html + leaving
    }

    /// Light, dark, or as the device is set: a choice for this device only.
    static func appearance(theme: Theme?, csrf: String?, saved: Bool) -> HTML {
        let choices: [(value: String, label: String)] = [("system", "The same as this device"), ("light", "Light"), ("dark", "Dark")]
        let current = theme?.rawValue ?? "system"
        var html: HTML = "<section class=\"card\" aria-labelledby=\"appearance\"><h2 id=\"appearance\">Colours</h2>"
        if saved {
            html +=
                "<p class=\"message\" role=\"status\">Saved: this device now shows \(theme.map { "the \($0.rawValue) colours" } ?? "the colours the device is set to").</p>"
        }
        html +=
            "<form method=\"post\" action=\"/settings/appearance\">\(HTML.csrfField(csrf))<fieldset><legend>Colours on this device</legend>"
            + choices.map { choice -> HTML in
                "<label class=\"choice\"><input type=\"radio\" name=\"theme\" value=\"\(choice.value)\"\(HTML.trusted(choice.value == current ? " checked" : ""))><span>\(choice.label)</span></label>"
            }.joined()
            + "</fieldset><p><button type=\"submit\" class=\"secondary\">Save the colours</button></p></form></section>"
        return html
    }
}
