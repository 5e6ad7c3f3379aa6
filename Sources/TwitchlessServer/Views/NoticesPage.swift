import Foundation
import TwitchlessReference
import TwitchlessCore

/// Every active notice, emergencies first; red flags can be marked as talked over with a doctor.
enum NoticesPage {
    static func render(_ notices: [Notice], redFlagIDs: Set<String>, csrf: String?, message: String?) -> String {
        var html = "<h1>Notices</h1>" + Pages.message(message)
        guard !notices.isEmpty else { return html + "<p>Nothing needs your attention right now.</p>" }
        html += "<p class=\"muted\">Most urgent first. Each says what its source advises; Twitchless never diagnoses.</p>"
        for notice in notices {
            let isRedFlag = redFlagIDs.contains(notice.id)
            var shown = notice
            if isRedFlag { shown.fix = nil }  // the button below says it
            html += Pages.notice(shown)
            if isRedFlag {
                html += "<form method=\"post\" action=\"/notices/\(HTML.escape(notice.id))/acknowledge\">\(HTML.csrfField(csrf))"
                    + "<button type=\"submit\" class=\"secondary\">I talked to my doctor about this</button>"
                    + (notice.severity == .emergency ? "<span class=\"hint\">Emergency advice stays on screen all the same.</span>" : "<span class=\"hint\">It comes back only for a new sign.</span>")
                    + "</form>"
            }
        }
        return html
    }
}
