import TwitchlessReports
import TwitchlessStore

/// Two-step sign-in in Settings, the page that sets it up, the recovery codes shown once, and the sign-in's second step.
enum TwoFactorSection {
    /// Where a person's two-step sign-in stands.
    enum Status: Equatable {
        case off
        /// Set up but not confirmed with a first code yet.
        case settingUp
        case on(since: String, recoveryCodesLeft: Int)
    }

    /// What a two-step action just did, from the address it redirected to.
    enum Notice: Equatable {
        case turnedOff
        case recoveryCodeUsed(left: Int)

        init?(query: [String: String]) {
            if query["two_factor"] == "off" {
                self = .turnedOff
            } else if let left = query["recovery_left"].flatMap({ Int($0) }), left >= 0 {
                self = .recoveryCodeUsed(left: left)
            } else {
                return nil
            }
        }

        var words: String {
            switch self {
            case .turnedOff: "Two-step sign-in is off. Signing in needs only your password now."
            case .recoveryCodeUsed(let left):
                "You signed in with a recovery code, and it can't be used again. "
                    + (left == 0
                        ? "That was your last one: please make new recovery codes below."
                        : left == 1 ? "1 is left; you can make new ones below." : "\(left) are left; you can make new ones below.")
            }
        }
    }

    /// The subsection of "Your account".
    static func render(_ status: Status, csrf: String?, failed: FormState?, notice: Notice?) -> HTML {
        var html: HTML = "<h3 id=\"two-factor\">Two-step sign-in</h3>"
        if let notice { html += "<p class=\"message\" role=\"status\">\(notice.words)</p>" }
        switch status {
        case .off, .settingUp:
            html +=
                "<p>Off. With it on, signing in needs your password and a 6-digit code from an authenticator app on your phone, "
                + "so a password someone else learns isn't enough on its own.</p>"
            if status == .settingUp {
                html += "<p>You started setting it up. <a href=\"/settings/two-factor\">Finish setting it up</a>, or start again below.</p>"
            }
            html += passwordForm(
                action: "/settings/two-factor/start",
                form: "two-factor-start",
                button: "Set up two-step sign-in",
                csrf: csrf,
                failed: failed
            )
        case .on(let since, let left):
            html +=
                "<p>On since \(since). Signing in needs your password and a code from your authenticator app. "
                + (left == 1 ? "1 recovery code is left." : "\(left) recovery codes are left.") + "</p>"
            html += passwordForm(
                action: "/settings/two-factor/recovery-codes",
                form: "two-factor-codes",
                button: "Make new recovery codes",
                hint: "The old ones stop working.",
                csrf: csrf,
                failed: failed
            )
            html += passwordForm(
                action: "/settings/two-factor/off",
                form: "two-factor-off",
                button: "Turn off two-step sign-in",
                csrf: csrf,
                failed: failed,
                secondary: true
            )
        }
        return html
    }

    /// A form that needs the current password (each with a field of its own id).
    private static func passwordForm(
        action: String,
        form: String,
        button: String,
        hint: String? = nil,
        csrf: String?,
        failed: FormState?,
        secondary: Bool = false
    ) -> HTML {
        let failed = failed?.matching(form)
        return "<form method=\"post\" action=\"\(action)\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.field(
                "password",
                id: "\(form)-password",
                label: "Your password",
                hint: hint,
                type: "password",
                attributes: "autocomplete=\"current-password\" required",
                failed: failed
            )
            + "<p><button type=\"submit\"\(secondary ? " class=\"secondary\"" : "")>\(button)</button></p></form>"
    }

    /// The setup page: the key for the app (as a link on this device, and to type), then a first code to turn it on.
    static func setup(url: String, key: String, csrf: String?, failed: FormState?) -> HTML {
        let failed = failed?.matching("two-factor-confirm")
        return "<h1>Set up two-step sign-in</h1>"
            + "<ol class=\"steps\"><li><p>On your phone, open an authenticator app, add an account, and scan this code:</p>"
            + (QRCode(url)?.svg(label: "QR code for your authenticator app to scan") ?? "")
            + "<p>On this phone instead: <a href=\"\(url)\">add Twitchless to your authenticator app</a>.</p>"
            + "<p>Or choose to type a key, and type this one (time-based, 6 digits):</p>"
            + "<p><code class=\"setup-key\">\(key)</code></p></li>"
            + "<li><p>Type the 6-digit code the app now shows for Twitchless.</p>"
            + "<form method=\"post\" action=\"/settings/two-factor/confirm\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + codeField(label: "Code from the app", failed: failed, recovery: false)
            + "<p><button type=\"submit\">Turn on two-step sign-in</button></p></form></li></ol>"
            + "<p><a href=\"/settings#two-factor\">Not now: back to Settings</a> (it stays off).</p>"
    }

    /// The recovery codes, shown once.
    static func recoveryCodes(_ codes: [String], turnedOn: Bool) -> HTML {
        var html: HTML =
            "<h1>Your recovery codes</h1>"
            + (turnedOn ? "<p class=\"message\" role=\"status\">Two-step sign-in is on.</p>" : "")
            + "<p>If you lose your phone, each of these codes signs you in once instead of a code from the app. "
            + "Keep them somewhere safe away from your phone: write them down or print this page. They are shown only now"
            + (turnedOn ? "." : ", and the old ones no longer work.") + "</p><ol class=\"recovery-codes\">"
        for code in codes { html += "<li><code>\(code)</code></li>" }
        return html + "</ol><p><a href=\"/settings#two-factor\">I have kept them: back to Settings</a></p>"
    }

    /// The second step of signing in.
    static func signInStep(csrf: String, error: String?) -> HTML {
        var html: HTML = "<h1>Sign in: your code</h1>"
        if let error { html += "<p class=\"error\" role=\"alert\">\(error)</p>" }
        return html
            + "<p>Your password was right. Now type the 6-digit code your authenticator app shows for Twitchless.</p>"
            + "<form method=\"post\" action=\"/login/code\">\(HTML.csrfField(csrf))"
            + codeField(label: "Code from the app", failed: nil, recovery: true)
            + "<p><button type=\"submit\">Sign in</button></p></form>"
            + "<p><a href=\"/login\">Start again</a></p>"
    }

    private static func codeField(label: String, failed: FormState?, recovery: Bool) -> HTML {
        Pages.field(
            "code",
            label: label,
            hint: recovery ? "Lost your phone? Type one of your recovery codes instead." : "It changes every 30 seconds.",
            value: "",
            attributes: recovery
                ? "autocomplete=\"one-time-code\" autocapitalize=\"none\" spellcheck=\"false\" required maxlength=\"20\""
                : "autocomplete=\"one-time-code\" inputmode=\"numeric\" pattern=\"[0-9 ]{6,7}\" required maxlength=\"7\"",
            failed: failed
        )
    }
}
