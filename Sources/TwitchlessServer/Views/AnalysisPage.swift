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
        let rows = result.factorsUsed.compactMap { name in model.factors[name].map { (name, $0) } }
        if !rows.isEmpty {
            html +=
                "<section class=\"card\" aria-labelledby=\"factors\"><h2 id=\"factors\">Factor by factor</h2><ul>"
                + rows.map { "<li>\(TriggerWording.sentence($0.0, $0.1))</li>" }.joined() + "</ul>"
            let plotted = rows.map { (label: TriggerWording.label($0.0), ratio: $0.1.rateRatio, low: $0.1.ciLow, high: $0.1.ciHigh) }
            html += SVGChart.forestPlot(
                title: "Rate ratios by day factor",
                description: plotted.map {
                    "\($0.label): \(DecimalText.format($0.ratio, digits: 2)) (95% interval \(DecimalText.format($0.low, digits: 2)) to \(DecimalText.format($0.high, digits: 2)))"
                }.joined(separator: "; "),
                rows: plotted
            )
            html +=
                "<p class=\"muted\">Each square is a rate ratio per unit of the factor, the line its 95% interval. Right of 1 means more episodes, left fewer.</p></section>"
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
