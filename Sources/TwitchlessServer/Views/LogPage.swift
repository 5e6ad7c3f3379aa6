import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// The Log page: an episode with details, the day's check-in with its factors, food, a supplement and a symptom.
enum LogPage {
    /// The page; with `failed`, the form that was refused shows what was sent and why.
    static func render(csrf: String?, day: DayLog?, today: LocalDate, now: Timestamp, intakes: Intakes, failed: FormState? = nil) -> HTML {
        var html: HTML = "<h1>Log</h1>"
        html +=
            "<p>Jump to: <a href=\"#day\">check-in</a> · <a href=\"#food\">food</a> · <a href=\"#supplement\">supplement</a> · <a href=\"#symptom\">symptom</a></p>"
        html += episodeSection(csrf: csrf, now: now, failed: failed?.matching("episode"))
        html += daySection(csrf: csrf, day: day, today: today, failed: failed?.matching("day"))
        return html + foodSection(csrf: csrf, intakes: intakes, failed: failed?.matching("food"))
            + supplementSection(csrf: csrf, intakes: intakes, failed: failed?.matching("supplement"))
            + symptomSection(csrf: csrf, intakes: intakes, failed: failed?.matching("symptom"))
    }

    static func episodeSection(csrf: String?, now: Timestamp, failed: FormState?) -> HTML {
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"episode\"><h2 id=\"episode\">An episode</h2><form method=\"post\" action=\"/log/episode\">\(HTML.csrfField(csrf))"
        html += failed?.alert ?? ""
        html += EpisodeFields.site(selected: nil, failed: failed) + EpisodeFields.kind(selected: .twitch, failed: failed)
        html += WhenField.render(label: "When it started", current: nil, max: now, failed: failed)
        html += EpisodeFields.details(
            nil,
            durationHint: "For example 30s, 2m or 1h 30m. Timing a cramp? Log it as it starts from Today, then tap \u{201C}It has stopped\u{201D}.",
            failed: failed
        )
        html += Pages.field("note", label: "Note (optional)", attributes: "maxlength=\"1000\"", failed: failed)
        return html + "<p><button type=\"submit\">Log the episode</button></p></form></section>"
    }

    static func daySection(csrf: String?, day: DayLog?, today: LocalDate, failed: FormState?) -> HTML {
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"day\"><h2 id=\"day\">Check in for today</h2>"
            + "<p class=\"muted\">Checking in counts the day, even with no twitches. Leave out anything you don't know.</p>"
            + "<form method=\"get\" action=\"/days\" class=\"another-day\"><label for=\"another-day\">Another day: check in late or correct one</label>"
            + "<input id=\"another-day\" name=\"date\" type=\"date\" max=\"\(today)\" value=\"\(today.adding(days: -1))\">"
            + "<p><button type=\"submit\" class=\"secondary\">Open that day</button></p></form>"
            + "<form method=\"post\" action=\"/log/day\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
        for factor in DayFactor.allCases {
            let current = day?.value(of: factor)
            if factor.isYesNo {
                let stored = current.map { $0 != 0 ? "yes" : "no" } ?? ""
                let value = failed?.value(for: factor.column, default: stored) ?? stored
                html +=
                    "<label for=\"\(factor.column)\">\(factor.displayName)</label><select id=\"\(factor.column)\" name=\"\(factor.column)\"\(Pages.describedBy(nil, failed))>"
                    + "<option value=\"\"\(value != "yes" && value != "no" ? " selected" : "")>Not logged</option><option value=\"yes\"\(value == "yes" ? " selected" : "")>Yes</option>"
                    + "<option value=\"no\"\(value == "no" ? " selected" : "")>No</option></select>"
            } else {
                let range: HTML =
                    factor.range.map { "min=\"\(DecimalText.format($0.lowerBound))\" max=\"\(DecimalText.format($0.upperBound))\"" } ?? ""
                html += Pages.field(
                    factor.column,
                    label: "\(factor.displayName) (\(factor.unit))",
                    type: "number",
                    value: current.map { DecimalText.format($0) } ?? "",
                    attributes: "\(range) step=\"any\" inputmode=\"decimal\"",
                    failed: failed
                )
            }
        }
        return html + "<p><button type=\"submit\">Check in</button></p></form></section>"
    }
}
