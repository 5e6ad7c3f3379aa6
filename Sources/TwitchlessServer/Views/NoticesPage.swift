import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// Every active notice, emergencies first; a red flag can be marked "I talked to my doctor about this", or for an
/// emergency sign "I got help".
enum NoticesPage {
    static func render(_ notices: [Notice], redFlags: [RaisedRedFlag], csrf: String?, message: String?) -> HTML {
        var html: HTML = "<h1>Notices</h1>" + Pages.message(message)
        guard !notices.isEmpty else { return html + "<p>Nothing needs your attention right now.</p>" }
        html += "<p class=\"muted\">Most urgent first. Each says what its source advises; Twitchless never diagnoses.</p>"
        let flags = Dictionary(redFlags.map { ($0.flag.id, $0) }, uniquingKeysWith: { a, _ in a })
        for notice in notices {
            let flag = flags[notice.id]
            var shown = notice
            if flag != nil { shown.fix = nil }  // the button below says it
            html += Pages.notice(shown)
            if let flag {
                let isEmergency = flag.flag.urgency == .emergency
                html +=
                    "<form method=\"post\" action=\"/notices/\(notice.id)/acknowledge\">\(HTML.csrfField(csrf))"
                    + "<button type=\"submit\" class=\"secondary\">\(isEmergency ? "I got help" : "I talked to my doctor about this")</button>"
                    + "<span class=\"hint\">\(isEmergency ? "It comes back only if you log it again." : "It comes back only for a new sign.")</span>"
                    + "</form>"
                if case .signs = flag.finding {
                    html += "<p class=\"hint\">Logged a symptom by mistake? <a href=\"/log#logged-symptoms\">Remove it on the Log page</a>.</p>"
                }
            }
        }
        return html
    }
}
