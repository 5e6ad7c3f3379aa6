import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// History: episodes, magnesium, sleep and caffeine over any period as charts a phone can read, with the numbers in a
/// table for screen readers and printing. Long periods are drawn a week or a month to a bar.
enum HistoryPage {
    /// The periods offered as links, with their query.
    static let choices: [(period: HistoryPeriod, query: String, label: String)] = [
        (.last(30), "days=30", "30 days"), (.last(90), "days=90", "90 days"), (.last(365), "days=365", "A year"), (.all, "range=all", "All of it"),
    ]

    static func render(days: [HistoryLoader.Day], period: HistoryPeriod, targets: IntakeTargets, today: LocalDate) -> HTML {
        var html: HTML = "<h1>History</h1>" + periodPicker(period, days: days, today: today)
        guard let first = days.first?.date, let last = days.last?.date else { return html }
        let grouping = DateGrouping.fitting(days: days.count)
        let groups = grouping.groups(days.map(\.date))
        let tracked = days.filter(\.isTracked).count
        let imported = days.filter { !$0.isTracked && !($0.log?.importedFactors.isEmpty ?? true) }.count
        let total = days.reduce(0) { $0 + ($1.episodes ?? 0) }
        html +=
            "<p>From \(DayText.long(first, today: today)) to \(DayText.relative(last, today: today)): \(total) episode\(total == 1 ? "" : "s") logged; you checked in on \(tracked) of \(days.count) days"
            + (imported > 0 ? "; \(imported) more day\(imported == 1 ? " has" : "s have") values from an import." : ".") + "</p>"
        if tracked == 0 && total == 0 && imported == 0 {
            html += "<p class=\"muted\">Nothing logged in this period yet. Checking in each day, even with no twitches, fills these charts.</p>"
        }
        if grouping != .day {
            html += "<p class=\"muted\">Each bar is one \(grouping.noun): the average per day over the days with a value.</p>"
        }
        let spans = groups.map(\.dates)
        func grouped(_ values: [Double?]) -> [Double?] { DateGrouping.means(values, over: groups) }
        let span = "from \(DateWords.long(first)) to \(DateWords.long(last))"

        html += "<section class=\"card\" aria-labelledby=\"episodes-chart\"><h2 id=\"episodes-chart\">Episodes per day</h2>"
        html += SVGChart.dailyBars(
            title: "Episodes per day",
            description: "Episodes per day \(span)\(grouping == .day ? "" : ", averaged by \(grouping.noun)"): \(total) in all.",
            dates: days.map(\.date),
            values: grouped(days.map { $0.episodes.map(Double.init) }),
            unit: "episodes",
            periods: spans
        )
        html +=
            "<p class=\"muted\"><span class=\"key bar\"></span>episodes <span class=\"key missing\"></span>not checked in: unknown, not zero</p></section>"

        html += magnesiumChart(days, targets: targets, grouped: grouped, spans: spans, span: span)
        for (factor, title, unit) in [(DayFactor.sleepHours, "Sleep per night", "hours"), (.caffeineMg, "Caffeine per day", "mg")] {
            html += factorChart(days, factor: factor, title: title, unit: unit, groups: groups, span: span)
        }
        html += table(days, grouping: grouping, groups: groups, today: today)
        html +=
            "<form method=\"get\" action=\"/days\"><label for=\"open-day\">Open a day to change it or check in late</label>"
            + "<input id=\"open-day\" name=\"date\" type=\"date\" max=\"\(today)\" value=\"\(last)\">"
            + "<p><button type=\"submit\" class=\"secondary\">Open that day</button></p></form>"
        return html
    }

    /// The period links and the two date fields for any other period.
    static func periodPicker(_ period: HistoryPeriod, days: [HistoryLoader.Day], today: LocalDate) -> HTML {
        var html: HTML =
            "<nav aria-label=\"Period\"><ul class=\"periods\">"
            + choices.map { choice -> HTML in
                choice.period == period
                    ? "<li><a href=\"/history?\(choice.query)\" aria-current=\"page\">\(choice.label)</a></li>"
                    : "<li><a href=\"/history?\(choice.query)\">\(choice.label)</a></li>"
            }.joined() + "</ul></nav>"
        let from = days.first?.date ?? today
        let to = days.last?.date ?? today
        html +=
            "<form method=\"get\" action=\"/history\"><details\(HTML.trusted(period.isCustom ? " open" : ""))><summary>Other dates</summary><div class=\"date-pair\">"
            + "<p><label for=\"from\">From</label><input id=\"from\" name=\"from\" type=\"date\" max=\"\(today)\" value=\"\(from)\" required></p>"
            + "<p><label for=\"to\">To</label><input id=\"to\" name=\"to\" type=\"date\" max=\"\(today)\" value=\"\(to)\" required></p>"
            + "</div><p><button type=\"submit\" class=\"secondary\">Show these dates</button></p></details></form>"
        return html
    }

    static func magnesiumChart(
        _ days: [HistoryLoader.Day],
        targets: IntakeTargets,
        grouped: ([Double?]) -> [Double?],
        spans: [ClosedRange<LocalDate>],
        span: String
    ) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"magnesium-chart\"><h2 id=\"magnesium-chart\">Magnesium per day</h2>"
        let food = days.map { $0.foodMagnesium?.value }
        let supplements = days.map { $0.supplementMagnesium?.value }
        let values: [Double?] = zip(food, supplements).map { $0 == nil && $1 == nil ? nil : ($0 ?? 0) }
        var description = "Magnesium from food (green, below) and supplements (orange, above) per day \(span)."
        var reference: (value: Double, label: String)?
        if let recommended = targets.recommended {
            reference = (recommended.target.value, "recommended \(DecimalText.format(recommended.target.value, digits: 0)) mg")
            description += " The dashed line is your recommended intake, \(recommended.text), from all sources."
        }
        // A group's supplement average counts only the days with magnesium logged, as the food part does.
        let known = values.map { $0 != nil }
        let groupedSupplements = grouped(zip(supplements, known).map { $1 ? ($0 ?? 0) : nil })
        html += SVGChart.dailyBars(
            title: "Magnesium per day",
            description: description,
            dates: days.map(\.date),
            values: grouped(values),
            stacked: groupedSupplements,
            line: limitLine(groupedSupplements, targets: targets),
            reference: reference,
            unit: "mg",
            periods: spans
        )
        html += "<p class=\"muted\"><span class=\"key bar\"></span>food <span class=\"key bar2\"></span>supplements"
        if reference != nil { html += " <span class=\"key ref\"></span>recommended intake from all sources" }
        if let limit = targets.upperLimit.limit, supplements.contains(where: { $0 != nil }) {
            html += " <span class=\"key line\"></span>the \(limit.description) upper limit for supplements (food never counts toward it)"
        }
        return html + "</p></section>"
    }

    /// A factor's chart: the person's own values filled, values known only from an import outlined.
    static func factorChart(
        _ days: [HistoryLoader.Day],
        factor: DayFactor,
        title: String,
        unit: String,
        groups: [(indices: Range<Int>, dates: ClosedRange<LocalDate>)],
        span: String
    ) -> HTML {
        let values = days.map { $0.log?.value(of: factor) }
        guard values.contains(where: { $0 != nil }) else { return "" }
        let importedDays = days.map { $0.log?.importedFactors.contains(factor) ?? false }
        let outlined = groups.map { group in
            let known = group.indices.filter { values[$0] != nil }
            return !known.isEmpty && known.allSatisfy { importedDays[$0] }
        }
        let anchor = "chart-\(factor.column)"
        var html: HTML = "<section class=\"card\" aria-labelledby=\"\(anchor)\"><h2 id=\"\(anchor)\">\(title)</h2>"
        let importedCount = importedDays.filter { $0 }.count
        html += SVGChart.dailyBars(
            title: title,
            description: "\(factor.displayName) \(span)"
                + (importedCount > 0 ? "; \(importedCount) day\(importedCount == 1 ? "" : "s") from an import, drawn as outlines." : "."),
            dates: days.map(\.date),
            values: DateGrouping.means(values, over: groups),
            outlined: outlined,
            unit: unit,
            periods: groups.map(\.dates)
        )
        html += "<p class=\"muted\"><span class=\"key bar\"></span>you logged it"
        if importedCount > 0 { html += " <span class=\"key outlined\"></span>from an import" }
        return html + " <span class=\"key missing\"></span>no value</p></section>"
    }

    /// The upper limit drawn where supplements were taken, so a period above it stands out.
    static func limitLine(_ supplements: [Double?], targets: IntakeTargets) -> [Double?]? {
        guard let limit = targets.upperLimit.limit?.value, supplements.contains(where: { ($0 ?? 0) > 0 }) else { return nil }
        return supplements.map { ($0 ?? 0) > 0 ? limit : nil }
    }

    static func table(
        _ days: [HistoryLoader.Day],
        grouping: DateGrouping,
        groups: [(indices: Range<Int>, dates: ClosedRange<LocalDate>)],
        today: LocalDate
    ) -> HTML {
        func cell(_ value: Double?, digits: Int = 1) -> String { value.map { DecimalText.format($0, digits: digits) } ?? "–" }
        func mean(_ values: [Double?], _ group: Range<Int>) -> Double? { DateGrouping.means(values, over: [(group, today...today)])[0] }
        let episodes = days.map { $0.episodes.map(Double.init) }
        let sleep = days.map { $0.log?.value(of: .sleepHours) }
        let stress = days.map { $0.log?.value(of: .stress) }
        let caffeine = days.map { $0.log?.value(of: .caffeineMg) }
        let food = days.map { $0.foodMagnesium?.value }
        let supplements = days.map { $0.supplementMagnesium?.value }
        let perDay = grouping == .day ? "" : " a day"
        var html: HTML =
            "<details><summary>The numbers, \(grouping.noun) by \(grouping.noun)</summary><div class=\"table-scroll\"><table><caption class=\"muted\">Newest first. – means not logged.\(grouping == .day ? "" : " Figures are averages a day over the days with a value.")</caption>"
            + "<thead><tr><th scope=\"col\">\(grouping == .day ? "Date" : "From")</th><th scope=\"col\">Checked in</th><th scope=\"col\" class=\"number\">Episodes\(perDay)</th>"
            + "<th scope=\"col\" class=\"number\">Sleep (h)</th><th scope=\"col\" class=\"number\">Stress</th><th scope=\"col\" class=\"number\">Caffeine (mg)</th>"
            + "<th scope=\"col\" class=\"number\">Mg food (mg)</th><th scope=\"col\" class=\"number\">Mg supplements (mg)</th></tr></thead><tbody>"
        for group in groups.reversed() {
            let range = group.indices
            let checked = days[range].filter(\.isTracked).count
            let first = group.dates.lowerBound
            let heading: HTML =
                grouping == .day
                ? "<a href=\"/days/\(first)\">\(DateWords.short(first, year: first.year != today.year))</a>"
                : "\(DateWords.short(first, year: true))"
            let checkedText: String =
                grouping == .day
                ? (checked == 1 ? "yes" : (days[range.lowerBound].log?.importedFactors.isEmpty ?? true) ? "no" : "imported")
                : "\(checked) of \(range.count)"
            html +=
                "<tr><th scope=\"row\">\(heading)</th><td>\(checkedText)</td>"
                + "<td class=\"number\">\(cell(mean(episodes, range), digits: grouping == .day ? 0 : 1))</td>"
                + "<td class=\"number\">\(cell(mean(sleep, range)))</td><td class=\"number\">\(cell(mean(stress, range)))</td>"
                + "<td class=\"number\">\(cell(mean(caffeine, range), digits: 0))</td>"
                + "<td class=\"number\">\(cell(mean(food, range), digits: 0))</td><td class=\"number\">\(cell(mean(supplements, range), digits: 0))</td></tr>"
        }
        return html + "</tbody></table></div></details>"
    }
}

extension HistoryPeriod {
    var isCustom: Bool {
        if case .between = self { return true }
        return false
    }
}
