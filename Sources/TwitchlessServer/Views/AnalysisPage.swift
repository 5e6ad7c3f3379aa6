import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// The trigger analysis in plain words: rate ratios with 95% intervals, or why there isn't enough data yet.
enum AnalysisPage {
    static func render(_ result: TriggerAnalysis.Result, lags: Bool, dayOfWeek: Bool) -> HTML {
        var html: HTML =
            "<h1>What goes with your twitches</h1>"
            + "<p class=\"muted\">Each day you checked in counts once: its episodes against that day's factors. A link is not proof of a cause.</p>"
        if case .notEnoughData(let reason) = result.status {
            return html + "<div class=\"message\" role=\"status\"><p>Not enough data yet. \(reason)</p>"
                + "<p>Keep checking in every day on the <a href=\"/log#day\">Log page</a>, including days without twitches: they count too.</p></div>"
        }
        guard let model = result.leadsWithNegativeBinomial ? result.negativeBinomial : result.poisson else {
            if case .notEstimable(let reason) = result.status { html += "<p>\(reason)</p>" }
            return html
        }
        html += "<p>\(TriggerWording.basis(result))</p>"
        let rows = result.factorsUsed.compactMap { name in model.factors[name].map { (TriggerAnalysis.reading(name, $0), $0) } }
        if !rows.isEmpty {
            html +=
                "<section class=\"card\" aria-labelledby=\"factors\"><h2 id=\"factors\">Factor by factor</h2><ul class=\"readings\">"
                + rows.map { reading, estimate in
                    "<li><p>\(TriggerWording.plain(reading))</p><details><summary>Details</summary><p>\(TriggerWording.details(reading, estimate)).</p></details></li>"
                }.joined() + "</ul>"
            html += SVGChart.forestPlot(
                title: "Episodes with each factor",
                description: rows.map { reading, _ in
                    "\(reading.label): \(DecimalText.format(reading.ratio, digits: 2)) times as many episodes (95% interval \(DecimalText.format(reading.low, digits: 2)) to \(DecimalText.format(reading.high, digits: 2)))"
                }.joined(separator: "; "),
                rows: rows.map { reading, _ in (label: reading.label, ratio: reading.ratio, low: reading.low, high: reading.high) }
            )
            html +=
                "<p class=\"muted\">Each square is how many times as many episodes you logged with the amount named above it; the line through it is the range the figure could well lie in (95% interval). Right of the dashed line means more episodes, left fewer; a line that crosses it may be chance.</p></section>"
        }
        if !result.factorsExcluded.isEmpty {
            html +=
                "<h2>Left out</h2><ul>"
                + result.factorsExcluded.sorted { $0.key < $1.key }
                .map { "<li>\(TriggerWording.label($0.key)): left out, \($0.value).</li>" }.joined() + "</ul>"
        }
        if case .notEstimable(let reason) = result.status { html += "<p>\(reason)</p>" }
        html += "<p>\(TriggerWording.modelNote(result, model))</p><p>\(TriggerWording.caveat)</p>"
        html +=
            "<form method=\"get\" action=\"/analysis\"><fieldset><legend>Options</legend>"
            + "<label class=\"choice\"><input type=\"checkbox\" name=\"lags\" value=\"yes\"\(lags ? " checked" : "")><span>Also use yesterday's value of each factor</span></label>"
            + "<label class=\"choice\"><input type=\"checkbox\" name=\"day_of_week\" value=\"yes\"\(dayOfWeek ? " checked" : "")><span>Adjust for the day of the week</span></label>"
            + "<button type=\"submit\" class=\"secondary\">Update</button></fieldset></form>"
        return html
    }
}
