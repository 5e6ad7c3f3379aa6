import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// The Today page: notices most urgent first, one-tap episode logging, the day's episodes, check-in and magnesium.
enum TodayPage {
    static let quickSites: [BodySite] = [.eyelidLeft, .eyelidRight, .face, .calfLeft, .calfRight, .thigh, .arm, .hand, .foot, .trunk]

    /// Sites where cramps come, for "a cramp starting now".
    static let crampSites: [BodySite] = [.calfLeft, .calfRight, .foot, .thigh]

    static func render(
        summary: DaySummary,
        episodes: [StoredEpisode],
        notices: [Notice],
        csrf: String?,
        message: String?,
        justLogged: StoredEpisode?,
        now: Timestamp,
        dateText: String,
        quick: QuickCheckIn.Form,
        failed: FormState? = nil
    ) -> HTML {
        var html: HTML = "<h1>Today, \(dateText)</h1>"
        if let message { html += "<p class=\"message\" role=\"status\">\(message)</p>" }
        if let justLogged { html += undoMessage(justLogged, csrf: csrf) }
        let urgent = notices.filter { $0.severity >= .urgent }
        html += urgent.map(Pages.notice).joined()
        html += "<section class=\"card\" aria-labelledby=\"quick\"><h2 id=\"quick\">Log a twitch now</h2>"
        html += "<p class=\"muted\">One tap logs a twitch at this minute. You can add details after.</p><div class=\"tap-grid\">"
        for site in quickSites {
            html +=
                "<form method=\"post\" action=\"/log/episode\">\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"site\" value=\"\(site.rawValue)\">"
                + "<input type=\"hidden\" name=\"kind\" value=\"twitch\"><button type=\"submit\" class=\"secondary wide\">\(label(site))</button></form>"
        }
        html +=
            "</div><h3 id=\"cramp\">A cramp starting now</h3><p class=\"muted\">Tap where it is; tap \u{201C}It has stopped\u{201D} below when it ends, and its length is saved.</p><div class=\"tap-grid\">"
        for site in crampSites {
            html +=
                "<form method=\"post\" action=\"/log/episode\">\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"site\" value=\"\(site.rawValue)\">"
                + "<input type=\"hidden\" name=\"kind\" value=\"cramp\"><button type=\"submit\" class=\"secondary wide\">Cramp: \(site.displayName)</button></form>"
        }
        html += "</div><p><a href=\"/log\">A spasm, another time, or more details</a></p></section>"

        html += "<section class=\"card\" aria-labelledby=\"episodes\"><h2 id=\"episodes\">Episodes today</h2>"
        if episodes.isEmpty {
            html += "<p>None logged yet.</p>"
        } else {
            html += "<ul class=\"entries\">"
            for stored in episodes {
                let episode = stored.episode
                html += "<li>\(EpisodeFields.line(stored))"
                if episode.kind == .cramp, EpisodePage.canStop(episode, now: now) {
                    html +=
                        "<form method=\"post\" action=\"/episodes/\(stored.id.rawValue)/stop\" class=\"inline\">\(HTML.csrfField(csrf))"
                        + "<button type=\"submit\" aria-label=\"It has stopped: the cramp from \(episode.startedAt.clockText)\">It has stopped</button></form>"
                }
                html += "</li>"
            }
            html += "</ul>"
        }
        html += "</section>"
        html += QuickCheckInForm.render(quick, csrf: csrf, failed: failed)

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

    /// Right after a one-tap log: what was logged, Undo, and "Add details", which changes this episode.
    static func undoMessage(_ stored: StoredEpisode, csrf: String?) -> HTML {
        let episode = stored.episode
        let place = episode.site == .other ? "" : " in your \(episode.site.displayName)"
        return "<div class=\"message\" role=\"status\"><p>Logged a \(episode.kind.rawValue)\(place) at \(episode.startedAt.clockText).</p>"
            + "<form method=\"post\" action=\"/episodes/\(stored.id.rawValue)/undo\" class=\"inline\">\(HTML.csrfField(csrf))"
            + "<button type=\"submit\" class=\"secondary\">Undo</button></form> "
            + "<a class=\"button secondary\" href=\"/episodes/\(stored.id.rawValue)/edit\">Add details</a></div>"
    }

    static func row(_ label: String, _ amount: Milligrams) -> HTML {
        "<tr><th scope=\"row\">\(label)</th><td class=\"number\">\(DecimalText.format(amount.value, digits: 0)) mg</td></tr>"
    }

    static func label(_ site: BodySite) -> String {
        let name = site.displayName
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
