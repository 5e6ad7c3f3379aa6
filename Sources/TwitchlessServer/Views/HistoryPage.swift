import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// History: episodes per day and magnesium per day as charts, with the numbers in a table for screen readers and printing.
enum HistoryPage {
    static let periods = [30, 90]

    static func render(days: [HistoryLoader.Day], period: Int, targets: IntakeTargets) -> HTML {
        var html: HTML =
            "<h1>History</h1><p>Show: "
            + periods.map { count in
                count == period
                    ? "<strong aria-current=\"page\">last \(count) days</strong>" : "<a href=\"/history?days=\(count)\">last \(count) days</a>"
            }.joined(separator: " · ") + "</p>"
        let tracked = days.filter(\.isTracked).count
        let total = days.reduce(0) { $0 + ($1.episodes ?? 0) }
        html += "<p>\(total) episode\(total == 1 ? "" : "s") logged; you checked in on \(tracked) of \(days.count) days.</p>"
        if tracked == 0 && total == 0 {
            html += "<p class=\"muted\">Nothing logged in this period yet. Checking in each day, even with no twitches, fills these charts.</p>"
        }
        let dates = days.map(\.date)
        html += "<section class=\"card\" aria-labelledby=\"episodes-chart\"><h2 id=\"episodes-chart\">Episodes per day</h2>"
        html += SVGChart.dailyBars(
            title: "Episodes per day",
            description:
                "Episodes per day from \(dates.first?.description ?? "") to \(dates.last?.description ?? ""): \(total) in all. Grey ticks mark days you didn't check in.",
            dates: dates,
            values: days.map { $0.episodes.map(Double.init) },
            unit: "episodes"
        )
        html += "<p class=\"muted\">A grey tick is a day you didn't check in: unknown, not zero.</p></section>"

        html += "<section class=\"card\" aria-labelledby=\"magnesium-chart\"><h2 id=\"magnesium-chart\">Magnesium per day</h2>"
        let food = days.map { $0.foodMagnesium?.value }
        let supplements = days.map { $0.supplementMagnesium?.value }
        let values: [Double?] = zip(food, supplements).map { $0 == nil && $1 == nil ? nil : ($0 ?? 0) }
        var description = "Magnesium from food (dark) and supplements (light) per day."
        var reference: (value: Double, label: String)?
        if let recommended = targets.recommended {
            reference = (recommended.target.value, "recommended \(DecimalText.format(recommended.target.value, digits: 0)) mg")
            description += " The dashed line is your recommended intake, \(recommended.text), from all sources."
        }
        html += SVGChart.dailyBars(
            title: "Magnesium per day",
            description: description,
            dates: dates,
            values: values,
            stacked: supplements,
            line: limitLine(supplements, targets: targets),
            reference: reference,
            unit: "mg"
        )
        html += "<p class=\"muted\">Dark: food. Light: supplements. Dashed line: your recommended intake from all sources."
        if let limit = targets.upperLimit.limit {
            html +=
                " Solid line: supplement days, against the \(limit.description) upper limit for supplements (food never counts toward it)."
        }
        html += "</p></section>"
        html += table(days)
        if let last = dates.last {
            html +=
                "<form method=\"get\" action=\"/days\"><label for=\"open-day\">Open a day to change it or check in late</label>"
                + "<input id=\"open-day\" name=\"date\" type=\"date\" max=\"\(last)\" value=\"\(last)\">"
                + "<p><button type=\"submit\" class=\"secondary\">Open that day</button></p></form>"
        }
        return html
    }

    /// The upper limit drawn on days with supplements, so a day above it stands out.
    static func limitLine(_ supplements: [Double?], targets: IntakeTargets) -> [Double?]? {
        guard let limit = targets.upperLimit.limit?.value, supplements.contains(where: { $0 != nil }) else { return nil }
        return supplements.map { $0 == nil ? nil : limit }
    }

    static func table(_ days: [HistoryLoader.Day]) -> HTML {
        func cell(_ value: Double?, digits: Int = 1) -> String { value.map { DecimalText.format($0, digits: digits) } ?? "–" }
        var html: HTML =
            "<details><summary>The numbers, day by day</summary><div class=\"table-scroll\"><table><caption class=\"muted\">Newest first. – means not logged.</caption>"
            + "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Checked in</th><th scope=\"col\" class=\"number\">Episodes</th>"
            + "<th scope=\"col\" class=\"number\">Sleep (h)</th><th scope=\"col\" class=\"number\">Stress</th><th scope=\"col\" class=\"number\">Caffeine (mg)</th>"
            + "<th scope=\"col\" class=\"number\">Mg food (mg)</th><th scope=\"col\" class=\"number\">Mg supplements (mg)</th></tr></thead><tbody>"
        for day in days.reversed() {
            html +=
                "<tr><th scope=\"row\"><a href=\"/days/\(day.date)\">\(day.date)</a></th><td>\(day.isTracked ? "yes" : "no")</td>"
                + "<td class=\"number\">\(day.episodes.map(String.init) ?? "–")</td>"
                + "<td class=\"number\">\(cell(day.log?.value(of: .sleepHours)))</td><td class=\"number\">\(cell(day.log?.value(of: .stress)))</td>"
                + "<td class=\"number\">\(cell(day.log?.value(of: .caffeineMg), digits: 0))</td>"
                + "<td class=\"number\">\(cell(day.foodMagnesium?.value, digits: 0))</td><td class=\"number\">\(cell(day.supplementMagnesium?.value, digits: 0))</td></tr>"
        }
        return html + "</tbody></table></div></details>"
    }
}
