import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// The Log page: an episode with details, the day's check-in with its factors, food, a supplement and a symptom.
enum LogPage {
    /// The page; with `failed`, the form that was refused shows what was sent and why.
    static func render(csrf: String?, day: DayLog?, today: LocalDate, intakes: Intakes, failed: FormState? = nil) -> HTML {
        var html: HTML = "<h1>Log</h1>"
        html +=
            "<p>Jump to: <a href=\"#day\">check-in</a> · <a href=\"#food\">food</a> · <a href=\"#supplement\">supplement</a> · <a href=\"#symptom\">symptom</a></p>"
        html += episodeSection(csrf: csrf, failed: failed?.matching("episode")) + daySection(csrf: csrf, day: day, failed: failed?.matching("day"))
        return html + foodSection(csrf: csrf, intakes: intakes, failed: failed?.matching("food"))
            + supplementSection(csrf: csrf, intakes: intakes, failed: failed?.matching("supplement"))
            + symptomSection(csrf: csrf, intakes: intakes, failed: failed?.matching("symptom"))
    }

    static func episodeSection(csrf: String?, failed: FormState?) -> HTML {
        let site = failed?.value(for: "site")
        let kind = failed?.value(for: "kind", default: EpisodeKind.allCases[0].rawValue) ?? EpisodeKind.allCases[0].rawValue
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"episode\"><h2 id=\"episode\">An episode</h2><form method=\"post\" action=\"/log/episode\">\(HTML.csrfField(csrf))"
        html += failed?.alert ?? ""
        html +=
            "<label for=\"site\">Where</label><select id=\"site\" name=\"site\"\(Pages.describedBy(nil, failed))>"
            + BodySite.allCases.map {
                "<option value=\"\($0.rawValue)\"\($0.rawValue == site ? " selected" : "")>\(TodayPage.label($0))</option>"
            }.joined() + "</select>"
        html +=
            "<fieldset\(Pages.describedBy(nil, failed))><legend>What it was</legend>"
            + EpisodeKind.allCases.map { option in
                "<label><input type=\"radio\" name=\"kind\" value=\"\(option.rawValue)\"\(option.rawValue == kind ? " checked" : "") style=\"width:auto;min-height:auto\"> \(option.rawValue.prefix(1).uppercased() + option.rawValue.dropFirst())</label>"
            }.joined() + "</fieldset>"
        html += Pages.field(
            "intensity",
            label: "Intensity (optional)",
            hint: "1 (barely) to 10 (strongest)",
            type: "number",
            attributes: "min=\"1\" max=\"10\" inputmode=\"numeric\"",
            failed: failed
        )
        html += Pages.field(
            "duration_seconds",
            label: "How long, in seconds (optional)",
            type: "number",
            attributes: "min=\"0\" inputmode=\"numeric\"",
            failed: failed
        )
        html += Pages.field(
            "pain",
            label: "Pain (optional)",
            hint: "0 (none) to 10 (worst)",
            type: "number",
            attributes: "min=\"0\" max=\"10\" inputmode=\"numeric\"",
            failed: failed
        )
        html += Pages.field("note", label: "Note (optional)", attributes: "maxlength=\"500\"", failed: failed)
        return html + "<p><button type=\"submit\">Log the episode now</button></p></form></section>"
    }

    static func daySection(csrf: String?, day: DayLog?, failed: FormState?) -> HTML {
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"day\"><h2 id=\"day\">Check in for today</h2>"
            + "<p class=\"muted\">Checking in counts the day, even with no twitches. Leave out anything you don't know.</p>"
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
