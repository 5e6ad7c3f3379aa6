import Foundation
package import TwitchlessCore

/// Charts as inline SVG with a title and a description for screen readers, drawn for a phone: 340 units wide, so
/// 13.5-unit text is at least 12 px on a 390 px screen, and marks in colours with at least 3:1 contrast (`css`).
package enum SVGChart {
    static let width = 340.0
    static let plotLeft = 38.0
    static let plotRight = 6.0

    /// The chart styles, in the page's colours when it defines them (`--chart-a` and the rest), else the light ones.
    package static let css = """
        .chart { display: block; width: 100%; max-width: 28rem; height: auto; margin: .25rem 0 .5rem; }
        .chart text { font-size: 13.5px; fill: var(--chart-text, #3d4c54); }
        .chart .halo { paint-order: stroke; stroke: var(--chart-paper, #ffffff); stroke-width: 4px; stroke-linejoin: round; }
        .chart .bar { fill: var(--chart-a, #2f6b5e); } .chart .bar2 { fill: var(--chart-b, #b4570b); }
        .chart .outlined { fill: var(--chart-paper, #ffffff); stroke: var(--chart-a, #2f6b5e); stroke-width: 1.5px; }
        .chart .missing { fill: var(--chart-missing, #6b777d); }
        .chart .grid { stroke: var(--chart-grid, #dde2e3); stroke-width: 1px; }
        .chart .line { fill: none; stroke: var(--chart-ink, #1f2a30); stroke-width: 2px; }
        .chart .ref { stroke: var(--chart-ref, #1a5fb4); stroke-width: 2px; stroke-dasharray: 6 4; }
        .key { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin: 0 .3em 0 .6em; border-radius: 2px; }
        .key:first-child { margin-left: 0; }
        .key.bar { background: var(--chart-a, #2f6b5e); } .key.bar2 { background: var(--chart-b, #b4570b); }
        .key.missing { background: var(--chart-missing, #6b777d); height: .3em; vertical-align: .15em; }
        .key.outlined { border: 2px solid var(--chart-a, #2f6b5e); }
        .key.ref { border-top: 3px dashed var(--chart-ref, #1a5fb4); height: 0; border-radius: 0; vertical-align: .25em; }
        .key.line { border-top: 3px solid var(--chart-ink, #1f2a30); height: 0; border-radius: 0; vertical-align: .25em; }
        """

    static func number(_ value: Double) -> String { DecimalText.format(value, digits: 1) }

    /// The opening of a chart: the element, its title and its description.
    static func open(_ title: String, _ description: String, height: Double) -> HTML {
        "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"t-\(anchor(title)) d-\(anchor(title))\">"
            + "<title id=\"t-\(anchor(title))\">\(title)</title><desc id=\"d-\(anchor(title))\">\(description)</desc>"
    }

    /// A text with a halo in the background colour, so it stays readable where it crosses a mark.
    static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start") -> HTML {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" class=\"halo\" text-anchor=\"\(anchor)\">\(content)</text>"
    }

    /// Bars, one per day or per group of days (`periods`, oldest first; nil = a period with nothing known, drawn as a
    /// grey tick), with an optional stacked second series, outlined bars (`outlined[i]`: known only from an import),
    /// a line series and a dashed reference line.
    package static func dailyBars(
        title: String,
        description: String,
        dates: [LocalDate],
        values: [Double?],
        stacked: [Double?]? = nil,
        outlined: [Bool]? = nil,
        line: [Double?]? = nil,
        reference: (value: Double, label: String)? = nil,
        unit: String,
        periods: [ClosedRange<LocalDate>]? = nil
    ) -> HTML {
        let height = 200.0
        let top = 24.0
        let bottom = 26.0
        let plotWidth = width - plotLeft - plotRight
        let plotHeight = height - top - bottom
        let totals = values.enumerated().map { ($0.element ?? 0) + (stacked?[$0.offset] ?? 0) }
        let highest = max(totals.max() ?? 0, line?.compactMap { $0 }.max() ?? 0, reference?.value ?? 0)
        // Counts get whole-number ticks: "1 episode", never "1.3".
        let isWhole = totals.allSatisfy { $0 == $0.rounded() }
        let (maximum, tickStep) = ticks(highest, whole: isWhole)
        let tickCount = Int((maximum / tickStep).rounded())
        let step = plotWidth / Double(max(values.count, 1))
        func y(_ value: Double) -> Double { top + plotHeight - value / maximum * plotHeight }
        var svg = open(title, description, height: height)
        for tick in 0...tickCount {
            let value = tickStep * Double(tick)
            svg += "<line x1=\"\(plotLeft)\" x2=\"\(width - plotRight)\" y1=\"\(number(y(value)))\" y2=\"\(number(y(value)))\" class=\"grid\"/>"
            svg += "<text x=\"\(plotLeft - 4)\" y=\"\(number(y(value) + 4.5))\" text-anchor=\"end\">\(number(value))</text>"
        }
        let barWidth = max(step * 0.78, 0.8)
        for (index, value) in values.enumerated() {
            let x = plotLeft + Double(index) * step + (step - barWidth) / 2
            guard let value else {
                svg += "<rect x=\"\(number(x))\" y=\"\(number(top + plotHeight - 3))\" width=\"\(number(barWidth))\" height=\"3\" class=\"missing\"/>"
                continue
            }
            let isOutlined = outlined?[index] ?? false
            let barHeight = max(0, top + plotHeight - y(value))
            if isOutlined {
                // The stroke is drawn inside the bar's box, so outlined and filled bars have the same size.
                svg +=
                    "<rect x=\"\(number(x + 0.75))\" y=\"\(number(y(value) + 0.75))\" width=\"\(number(max(barWidth - 1.5, 0.3)))\" height=\"\(number(max(barHeight - 0.75, 0.5)))\" class=\"outlined\"/>"
            } else {
                svg +=
                    "<rect x=\"\(number(x))\" y=\"\(number(y(value)))\" width=\"\(number(barWidth))\" height=\"\(number(barHeight))\" class=\"bar\"/>"
            }
            if let extra = stacked?[index], extra > 0 {
                // A 1.5-unit gap between the two parts keeps them apart whatever their colours.
                let gap = min(1.5, (y(value) - y(value + extra)) / 2)
                svg +=
                    "<rect x=\"\(number(x))\" y=\"\(number(y(value + extra)))\" width=\"\(number(barWidth))\" height=\"\(number(y(value) - y(value + extra) - gap))\" class=\"bar2\"/>"
            }
        }
        if let line {
            var path = ""
            for (index, value) in line.enumerated() {
                guard let value else { continue }
                let x = plotLeft + (Double(index) + 0.5) * step
                let opens = index == 0 || line[index - 1] == nil
                let closes = index + 1 == line.count || line[index + 1] == nil
                if opens && closes {
                    // A lone point still shows: a short level stroke across its day.
                    path += "M\(number(x - step / 2)),\(number(y(value))) L\(number(x + step / 2)),\(number(y(value))) "
                } else {
                    path += (opens ? "M" : "L") + "\(number(x)),\(number(y(value))) "
                }
            }
            if !path.isEmpty { svg += "<path d=\"\(path)\" class=\"line\"/>" }
        }
        if let reference {
            svg +=
                "<line x1=\"\(plotLeft)\" x2=\"\(width - plotRight)\" y1=\"\(number(y(reference.value)))\" y2=\"\(number(y(reference.value)))\" class=\"ref\"/>"
            svg += text(width - plotRight, y(reference.value) - 5, reference.label, anchor: "end")
        }
        let spans = periods ?? dates.map { $0...$0 }
        if let first = spans.first?.lowerBound, let last = spans.last?.upperBound {
            let withYear = first.year != last.year
            let grouped = spans.contains { $0.lowerBound != $0.upperBound }
            let months = spans.count > 0 && spans.allSatisfy { $0.lowerBound.day == 1 } && grouped && spans.count > 12
            func label(_ date: LocalDate) -> String { months ? DateWords.month(date) : DateWords.short(date, year: withYear) }
            svg += "<text x=\"\(plotLeft)\" y=\"\(Int(height - 6))\">\(label(first))</text>"
            svg += "<text x=\"\(width - plotRight)\" y=\"\(Int(height - 6))\" text-anchor=\"end\">\(label(last))</text>"
        }
        svg += "<text x=\"2\" y=\"14\">\(unit)</text>"
        return svg + "</svg>"
    }

    /// Horizontal bars for labelled counts: each label on its own line above its bar, so long labels fit a phone.
    package static func horizontalBars(title: String, description: String, items: [(String, Int)]) -> HTML {
        let rowHeight = 38.0
        let height = Double(items.count) * rowHeight + 4
        let maximum = Double(max(items.map(\.1).max() ?? 1, 1))
        var svg = open(title, description, height: height)
        for (index, item) in items.enumerated() {
            let y = Double(index) * rowHeight
            let length = Double(item.1) / maximum * (width - 50)
            svg += "<text x=\"2\" y=\"\(number(y + 14))\">\(item.0)</text>"
            svg += "<rect x=\"2\" y=\"\(number(y + 20))\" width=\"\(number(max(length, 2)))\" height=\"12\" class=\"bar\"/>"
            svg += "<text x=\"\(number(length + 8))\" y=\"\(number(y + 31))\">\(item.1)</text>"
        }
        return svg + "</svg>"
    }

    /// A round top for the axis and the step between its ticks: 1, 2, 2.5 or 5 times a power of ten, five steps at
    /// most (whole steps for whole values).
    static func ticks(_ highest: Double, whole: Bool) -> (maximum: Double, step: Double) {
        guard highest > 0 else { return (1, 1) }
        var magnitude = 1.0
        while magnitude > highest / 5 { magnitude /= 10 }
        while magnitude * 10 <= highest / 5 { magnitude *= 10 }
        for factor in [1.0, 2, 2.5, 5, 10] {
            let step = factor * magnitude
            if whole && step < 1 || whole && step != step.rounded() { continue }
            if (highest / step).rounded(.up) <= 5 { return ((highest / step).rounded(.up) * step, step) }
        }
        let step = 10 * magnitude
        return ((highest / step).rounded(.up) * step, step)
    }

    static func niceCeiling(_ value: Double) -> Double {
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }

    static func anchor(_ title: String) -> String {
        String(title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
