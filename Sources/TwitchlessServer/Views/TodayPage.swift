import TwitchlessApp
import TwitchlessCore
import TwitchlessReports

/// The Today page: notices most urgent first, one-tap episode logging, the day's episodes, check-in and magnesium.
enum TodayPage {
    static let quickSites: [BodySite] = [.eyelidLeft, .eyelidRight, .face, .calfLeft, .calfRight, .thigh, .arm, .hand, .foot, .trunk]

    static func render(summary: DaySummary, notices: [Notice], csrf: String?, message: String?, dateText: String) -> HTML {
        var html: HTML = "<h1>Today, \(dateText)</h1>"
        if let message { html += "<p class=\"message\" role=\"status\">\(message)</p>" }
        let urgent = notices.filter { $0.severity >= .urgent }
        html += urgent.map(Pages.notice).joined()
        html += "<section class=\"card\" aria-labelledby=\"quick\"><h2 id=\"quick\">Log a twitch now</h2>"
        html += "<p class=\"muted\">One tap logs a twitch at this minute. You can add details after.</p><div class=\"tap-grid\">"
        for site in quickSites {
            html +=
                "<form method=\"post\" action=\"/log/episode\">\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"site\" value=\"\(site.rawValue)\">"
                + "<input type=\"hidden\" name=\"kind\" value=\"twitch\"><button type=\"submit\" class=\"secondary\" style=\"width:100%\">\(label(site))</button></form>"
        }
        html += "</div><p><a href=\"/log\">A spasm or cramp, or more details</a></p></section>"

        html += "<section class=\"card\" aria-labelledby=\"episodes\"><h2 id=\"episodes\">Episodes today</h2>"
        if summary.episodes.isEmpty {
            html += "<p>None logged yet.</p>"
        } else {
            html +=
                "<ul>"
                + summary.episodes.map { episode in
                    var line = "\(episode.startedAt.clockText) · \(episode.kind.rawValue) · \(episode.site.displayName)"
                    if let intensity = episode.intensity { line += " · intensity \(intensity)" }
                    return "<li>\(line)</li>"
                }.joined() + "</ul>"
        }
        html +=
            summary.isTracked
            ? "<p>You checked in today. Thank you: days without twitches count too.</p>"
            : "<p>You haven't checked in today. <a href=\"/log#day\">Check in</a>, even with no twitches: those days count too.</p>"
        html += "</section>"

        html += "<section class=\"card\" aria-labelledby=\"magnesium\"><h2 id=\"magnesium\">Magnesium</h2><table><tbody>"
        html += row("From food", summary.foodMagnesium) + row("From supplements", summary.supplementMagnesium) + row("Total", summary.totalMagnesium)
        html += "</tbody></table>"
        if let recommended = summary.targets.recommended, let percent = summary.percentOfRecommended {
            html +=
                "<p>That is \(Int(percent.rounded()))% of your recommended intake (\(recommended.kind.rawValue) \(recommended.text), \(recommended.lifeStage)).</p>"
        }
        if let limit = summary.targets.upperLimit.limit {
            html +=
                summary.isOverUpperLimit
                ? "<p><strong>Supplements today are above the upper limit of \(limit.description) a day</strong> (it counts supplements and medicines, not food).</p>"
                : "<p class=\"muted\">Upper limit for supplements (not food): \(limit.description) a day.</p>"
        }
        html += "</section>"
        // Emergency and urgent notices are shown in full above; the rest wait on the Notices page.
        let others = notices.filter { $0.severity < .urgent }
        if !others.isEmpty {
            let count = others.count == 1 ? "1 other notice" : "\(others.count) other notices"
            html +=
                "<section aria-labelledby=\"notices\"><h2 id=\"notices\">Notices</h2>"
                + "<p>You have \(count), none of them urgent. <a href=\"/notices\">Open Notices</a></p></section>"
        }
        return html
    }

    static func row(_ label: String, _ amount: Milligrams) -> HTML {
        "<tr><th scope=\"row\">\(label)</th><td class=\"number\">\(DecimalText.format(amount.value, digits: 0)) mg</td></tr>"
    }

    static func label(_ site: BodySite) -> String {
        let name = site.displayName
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
