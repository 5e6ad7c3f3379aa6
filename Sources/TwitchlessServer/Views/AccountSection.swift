import TwitchlessReports
import TwitchlessStore

/// The person's own account in Settings (password, other devices), and, for the owner and admins, the people here.
enum AccountSection {
    /// What an account action just did, from the address it redirected to.
    enum Notice: Equatable {
        case passwordChanged
        case passwordReset
        case signedOut(Int)

        init?(query values: [String: String]) {
            switch values["password"] {
            case "changed": self = .passwordChanged
            case "reset": self = .passwordReset
            default:
                guard let count = values["signed_out"].flatMap({ Int($0) }), count >= 0 else { return nil }
                self = .signedOut(count)
            }
        }

        var words: String {
            switch self {
            case .passwordChanged: "Your password is changed. Every other device is signed out and needs the new password."
            case .passwordReset: "Your new password is saved, and you are signed in. Every other device was signed out."
            case .signedOut(0): "There were no other devices signed in."
            case .signedOut(1): "Signed out on 1 other device."
            case .signedOut(let count): "Signed out on \(count) other devices."
            }
        }
    }

    static func render(user: User, otherSessions: Int, csrf: String?, failed: FormState?, notice: Notice?, twoFactor: HTML = "") -> HTML {
        let failed = failed?.matching("password")
        var html: HTML = "<section class=\"card\" aria-labelledby=\"account\"><h2 id=\"account\">Your account</h2>"
        if let notice { html += "<p class=\"message\" role=\"status\">\(notice.words)</p>" }
        html +=
            "<form method=\"post\" action=\"/settings/password\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + "<fieldset><legend>Change your password</legend>"
            + Pages.field(
                "current_password",
                label: "Current password",
                type: "password",
                attributes: "autocomplete=\"current-password\" required",
                failed: failed
            )
            + Pages.field(
                "new_password",
                label: "New password",
                hint: "At least \(Passwords.minimumLength) characters. Every other device will be signed out.",
                type: "password",
                attributes: "autocomplete=\"new-password\" required minlength=\"\(Passwords.minimumLength)\"",
                failed: failed
            )
            + "</fieldset><p><button type=\"submit\">Change the password</button></p></form>"
        html +=
            "<h3>Other devices</h3><p>"
            + (otherSessions == 0
                ? "You are signed in on this device only."
                : otherSessions == 1 ? "You are also signed in on 1 other device." : "You are also signed in on \(otherSessions) other devices.")
            + "</p>"
        if otherSessions > 0 {
            html +=
                "<form method=\"post\" action=\"/settings/sessions/end\">\(HTML.csrfField(csrf))"
                + "<button type=\"submit\" class=\"secondary\">Sign out everywhere else</button></form>"
        }
        return html + twoFactor + "</section>"
    }

    /// The people with an account here: for admins, a reset link for each; for the owner, who is an admin.
    /// - Parameter withTwoFactor: the people with two-step sign-in on, who can have it turned off when they lost both
    ///   their phone and their recovery codes.
    static func people(_ people: [User], viewer: User, withTwoFactor: Set<UserID> = [], csrf: String?) -> HTML {
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"people\"><h2 id=\"people\">People</h2>"
            + "<p>Everyone with an account here. Nobody, the owner included, can see another person's log.</p><ul class=\"people\">"
        for person in people {
            let role = person.isOwner ? " (owner)" : person.isAdmin ? " (admin)" : ""
            html += "<li><p>\(person.displayName) <span class=\"muted\">\(person.email)\(role)</span></p>"
            if person.id != viewer.id {
                html +=
                    "<form method=\"post\" action=\"/settings/people/\(person.id.rawValue)/reset\" class=\"inline\">\(HTML.csrfField(csrf))"
                    + "<button type=\"submit\" class=\"link\">Make a password reset link</button></form>"
                if withTwoFactor.contains(person.id) {
                    html +=
                        " <form method=\"post\" action=\"/settings/people/\(person.id.rawValue)/two-factor/off\" class=\"inline\">\(HTML.csrfField(csrf))"
                        + "<button type=\"submit\" class=\"link\">Turn off their two-step sign-in (lost phone and codes)</button></form>"
                }
                if viewer.isOwner && !person.isOwner {
                    html +=
                        " <form method=\"post\" action=\"/settings/people/\(person.id.rawValue)/admin\" class=\"inline\">\(HTML.csrfField(csrf))"
                        + "<input type=\"hidden\" name=\"admin\" value=\"\(person.isAdmin ? "no" : "yes")\">"
                        + "<button type=\"submit\" class=\"link\">\(person.isAdmin ? "Stop being an admin" : "Make an admin (can invite and reset)")</button></form>"
                        + LeavingSection.removeForm(person, csrf: csrf)
                }
            }
            html += "</li>"
        }
        return html + "</ul></section>"
    }
}
