import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// "Share with your doctor" on the Report page: a new link, and each link with its period, when it stops working, how
/// often it was opened, and a way to turn it off.
enum ShareSection {
    enum State {
        /// A link just made: its address, shown this once.
        case created(String)
        case failed(FormState)
    }

    static func render(_ links: [ShareLink], state: State?, csrf: String?, today: LocalDate, clock: ZonedClock, now: Date) -> HTML {
        var failed: FormState?
        if case .failed(let state)? = state { failed = state.matching("share") }
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"share\"><h2 id=\"share\">Share with your doctor</h2>"
            + "<p>A link that opens this report for the days you choose, read-only, and nothing else: no account needed, no other page, no changes. "
            + "It stops working when it expires or when you turn it off.</p>"
        if case .created(let link)? = state {
            html +=
                "<div class=\"message\" role=\"status\"><p>Your share link. Copy it now: it won't be shown again.</p><p><code>\(link)</code></p>"
                + "<p>If you gave it a passcode, tell your doctor the passcode separately.</p></div>"
        }
        html +=
            "<form method=\"post\" action=\"/report/share\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.field(
                "from",
                id: "share-from",
                label: "First day",
                type: "date",
                value: today.adding(days: -89).description,
                attributes: "required",
                failed: failed
            )
            + Pages.field("to", id: "share-to", label: "Last day", type: "date", value: today.description, attributes: "required", failed: failed)
            + Pages.field(
                "days",
                id: "share-days",
                label: "Works for (days)",
                hint: "From 1 to \(ShareLinks.longestDays).",
                type: "number",
                value: String(ShareLinks.defaultDays),
                attributes: "min=\"1\" max=\"\(ShareLinks.longestDays)\" required",
                failed: failed
            )
            + Pages.field(
                "passcode",
                id: "share-passcode",
                label: "Passcode (optional)",
                hint:
                    "At least \(ShareLinks.shortestPasscode) digits, asked for before the report opens. After \(ShareLink.wrongPasscodeLimit) wrong ones the link turns off until you turn it on again.",
                type: "password",
                attributes: "inputmode=\"numeric\" autocomplete=\"off\" minlength=\"\(ShareLinks.shortestPasscode)\" maxlength=\"20\"",
                failed: nil
            )
            + "<p><button type=\"submit\">Make a share link</button></p></form>"
        guard !links.isEmpty else { return html + "<p>No share links yet.</p></section>" }
        let epoch = Int64(now.timeIntervalSince1970)
        html += "<h3>Your share links</h3><ul class=\"share-links\">"
        for link in links {
            let expires = DateWords.day(clock.today(Date(timeIntervalSince1970: TimeInterval(link.expiresAt))))
            let status: String
            if link.revokedAt != nil {
                status = "Turned off."
            } else if epoch >= link.expiresAt {
                status = "Expired on \(expires)."
            } else if link.isLockedByPasscodes {
                status = "Turned off after \(ShareLink.wrongPasscodeLimit) wrong passcodes."
            } else {
                status = "Works until \(expires)\(link.hasPasscode ? ", with a passcode" : "")."
            }
            let opened =
                link.openedCount == 0
                ? "Not opened yet."
                : "Opened \(link.openedCount == 1 ? "once" : "\(link.openedCount) times"), last on "
                    + DateWords.day(clock.today(Date(timeIntervalSince1970: TimeInterval(link.lastOpenedAt ?? epoch)))) + "."
            html += "<li><p>\(DateWords.span(link.period.lowerBound, link.period.upperBound)). \(status) \(opened)</p>"
            if link.revokedAt == nil && epoch < link.expiresAt {
                if link.isLockedByPasscodes {
                    html +=
                        "<form method=\"post\" action=\"/report/share/\(link.id.rawValue)/unlock\" class=\"inline\">\(HTML.csrfField(csrf))"
                        + "<button type=\"submit\" class=\"link\">Turn it on again</button></form> "
                }
                html +=
                    "<form method=\"post\" action=\"/report/share/\(link.id.rawValue)/revoke\" class=\"inline\">\(HTML.csrfField(csrf))"
                    + "<button type=\"submit\" class=\"link\">Turn it off</button></form>"
            }
            html += "</li>"
        }
        return html + "</ul></section>"
    }
}
