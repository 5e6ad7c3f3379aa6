import Foundation
package import TwitchlessCore

/// Charts as inline SVG with a title and a description for screen readers.
package enum SVGChart {
    static let width = 680.0
    static let plotLeft = 44.0
    static let plotRight = 12.0

    static func number(_ value: Double) -> String { DecimalText.format(value, digits: 1) }

    /// Daily bars (nil = a day not checked in, drawn as a small grey tick) with an optional line series.
    package static func dailyBars(
        title: String,
        description: String,
        dates: [LocalDate],
        values: [Double?],
        stacked: [Double?]? = nil,
        line: [Double?]? = nil,
        reference: (value: Double, label: String)? = nil,
        unit: String
    ) -> HTML {
        let height = 200.0
        let top = 14.0
        let bottom = 30.0
        let plotWidth = width - plotLeft - plotRight
        let plotHeight = height - top - bottom
        let totals = values.enumerated().map { ($0.element ?? 0) + (stacked?[$0.offset] ?? 0) }
        var maximum = max(totals.max() ?? 0, line?.compactMap { $0 }.max() ?? 0, reference?.value ?? 0)
        maximum = maximum <= 0 ? 1 : niceCeiling(maximum)
        // Small counts get whole-number ticks: "1 episode", never "0.3".
        let isWhole = totals.allSatisfy { $0 == $0.rounded() } && (reference?.value ?? 0) == (reference?.value ?? 0).rounded()
        let tickCount = isWhole && maximum < 4 ? max(1, Int(maximum.rounded(.up))) : 4
        if tickCount < 4 { maximum = Double(tickCount) }
        let step = plotWidth / Double(max(dates.count, 1))
        func y(_ value: Double) -> Double { top + plotHeight - value / maximum * plotHeight }
        var svg: HTML =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"t-\(anchor(title)) d-\(anchor(title))\">"
        svg +=
            "<title id=\"t-\(anchor(title))\">\(title)</title><desc id=\"d-\(anchor(title))\">\(description)</desc>"
        for tick in 0...tickCount {
            let value = maximum * Double(tick) / Double(tickCount)
            svg += "<line x1=\"\(plotLeft)\" x2=\"\(width - plotRight)\" y1=\"\(number(y(value)))\" y2=\"\(number(y(value)))\" class=\"grid\"/>"
            svg += "<text x=\"\(plotLeft - 4)\" y=\"\(number(y(value) + 3))\" class=\"axis\" text-anchor=\"end\">\(number(value))</text>"
        }
        let barWidth = max(step * 0.8, 0.6)
        for (index, value) in values.enumerated() {
            let x = plotLeft + Double(index) * step + (step - barWidth) / 2
            guard let value else {
                svg += "<rect x=\"\(number(x))\" y=\"\(number(top + plotHeight - 2))\" width=\"\(number(barWidth))\" height=\"2\" class=\"missing\"/>"
                continue
            }
            svg +=
                "<rect x=\"\(number(x))\" y=\"\(number(y(value)))\" width=\"\(number(barWidth))\" height=\"\(number(max(0, top + plotHeight - y(value))))\" class=\"bar\"/>"
            if let extra = stacked?[index], extra > 0 {
                svg +=
                    "<rect x=\"\(number(x))\" y=\"\(number(y(value + extra)))\" width=\"\(number(barWidth))\" height=\"\(number(y(value) - y(value + extra)))\" class=\"bar2\"/>"
            }
        }
        if let line {
            var path = ""
            for (index, value) in line.enumerated() {
                guard let value else { continue }
                let x = plotLeft + (Double(index) + 0.5) * step
                path += (path.isEmpty ? "M" : "L") + "\(number(x)),\(number(y(value))) "
            }
            if !path.isEmpty { svg += "<path d=\"\(path)\" class=\"line\"/>" }
        }
        if let reference {
            svg +=
                "<line x1=\"\(plotLeft)\" x2=\"\(width - plotRight)\" y1=\"\(number(y(reference.value)))\" y2=\"\(number(y(reference.value)))\" class=\"ref\"/>"
            svg +=
                "<text x=\"\(width - plotRight)\" y=\"\(number(y(reference.value) - 4))\" class=\"axis\" text-anchor=\"end\">\(reference.label)</text>"
        }
        if let first = dates.first, let last = dates.last {
            svg += "<text x=\"\(plotLeft)\" y=\"\(Int(height - 10))\" class=\"axis\">\(first)</text>"
            svg += "<text x=\"\(width - plotRight)\" y=\"\(Int(height - 10))\" class=\"axis\" text-anchor=\"end\">\(last)</text>"
        }
        svg += "<text x=\"4\" y=\"10\" class=\"axis\">\(unit)</text>"
        return svg + "</svg>"
    }

    /// Horizontal bars for labelled counts.
    package static func horizontalBars(title: String, description: String, items: [(String, Int)]) -> HTML {
        let rowHeight = 22.0
        let labelWidth = 130.0
        let height = Double(items.count) * rowHeight + 8
        let maximum = Double(max(items.map(\.1).max() ?? 1, 1))
        var svg: HTML =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"t-\(anchor(title)) d-\(anchor(title))\">"
        svg +=
            "<title id=\"t-\(anchor(title))\">\(title)</title><desc id=\"d-\(anchor(title))\">\(description)</desc>"
        for (index, item) in items.enumerated() {
            let y = 4 + Double(index) * rowHeight
            let length = Double(item.1) / maximum * (width - labelWidth - 50)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(number(y + 14))\" class=\"label\" text-anchor=\"end\">\(item.0)</text>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(number(y + 3))\" width=\"\(number(max(length, 1)))\" height=\"\(number(rowHeight - 8))\" class=\"bar\"/>"
            svg += "<text x=\"\(number(labelWidth + length + 6))\" y=\"\(number(y + 14))\" class=\"label\">\(item.1)</text>"
        }
        return svg + "</svg>"
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

extension SVGChart {
    /// A forest plot: each row a rate ratio with its 95% interval on a log scale, a line at 1 (no difference).
    package static func forestPlot(title: String, description: String, rows: [(label: String, ratio: Double, low: Double, high: Double)]) -> HTML {
        let rowHeight = 24.0
        let labelWidth = 200.0
        let right = 70.0
        let height = Double(rows.count) * rowHeight + 30
        let low = max(rows.map(\.low).min() ?? 0.5, 0.01)
        let high = min(rows.map(\.high).max() ?? 2, 100)
        let minimum = min(log(low), -log(1.25)) - 0.1
        let maximum = max(log(high), log(1.25)) + 0.1
        let plotWidth = width - labelWidth - right
        func x(_ value: Double) -> Double { labelWidth + (log(value) - minimum) / (maximum - minimum) * plotWidth }
        var svg: HTML =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"t-\(anchor(title)) d-\(anchor(title))\">"
        svg +=
            "<title id=\"t-\(anchor(title))\">\(title)</title><desc id=\"d-\(anchor(title))\">\(description)</desc>"
        svg += "<line x1=\"\(number(x(1)))\" x2=\"\(number(x(1)))\" y1=\"4\" y2=\"\(number(height - 22))\" class=\"ref\"/>"
        svg += "<text x=\"\(number(x(1)))\" y=\"\(number(height - 8))\" class=\"axis\" text-anchor=\"middle\">1 (no difference)</text>"
        for (index, row) in rows.enumerated() {
            let y = 14 + Double(index) * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(number(y + 4))\" class=\"label\" text-anchor=\"end\">\(row.label)</text>"
            svg +=
                "<line x1=\"\(number(x(max(row.low, exp(minimum)))))\" x2=\"\(number(x(min(row.high, exp(maximum)))))\" y1=\"\(number(y))\" y2=\"\(number(y))\" class=\"line\"/>"
            svg += "<rect x=\"\(number(x(row.ratio) - 4))\" y=\"\(number(y - 4))\" width=\"8\" height=\"8\" class=\"bar\"/>"
            svg +=
                "<text x=\"\(number(width - right + 6))\" y=\"\(number(y + 4))\" class=\"label\">\(DecimalText.format(row.ratio, digits: 2))</text>"
        }
        return svg + "</svg>"
    }

    /// Daily counts as bars, shaded by trial arm (magnesium dark, control light, washout and untracked grey).
    static func trialBars(
        title: String,
        description: String,
        values: [(count: Double?, arm: String?, washout: Bool)],
        first: LocalDate,
        last: LocalDate
    ) -> HTML {
        let height = 170.0
        let top = 10.0
        let bottom = 28.0
        let plotWidth = width - plotLeft - plotRight
        let plotHeight = height - top - bottom
        let maximum = niceCeiling(max(values.compactMap(\.count).max() ?? 1, 1))
        let step = plotWidth / Double(max(values.count, 1))
        var svg: HTML =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"t-\(anchor(title)) d-\(anchor(title))\">"
        svg +=
            "<title id=\"t-\(anchor(title))\">\(title)</title><desc id=\"d-\(anchor(title))\">\(description)</desc>"
        for (index, value) in values.enumerated() {
            let x = plotLeft + Double(index) * step
            guard let count = value.count else {
                svg +=
                    "<rect x=\"\(number(x))\" y=\"\(number(top + plotHeight - 2))\" width=\"\(number(max(step * 0.8, 0.6)))\" height=\"2\" class=\"missing\"/>"
                continue
            }
            let h = count / maximum * plotHeight
            let cls = value.washout ? "missing" : (value.arm == "magnesium" ? "bar" : "bar2")
            svg +=
                "<rect x=\"\(number(x))\" y=\"\(number(top + plotHeight - h))\" width=\"\(number(max(step * 0.8, 0.6)))\" height=\"\(number(max(h, 0.5)))\" class=\"\(cls)\"/>"
        }
        svg += "<text x=\"\(plotLeft)\" y=\"\(Int(height - 8))\" class=\"axis\">\(first)</text>"
        svg += "<text x=\"\(width - plotRight)\" y=\"\(Int(height - 8))\" class=\"axis\" text-anchor=\"end\">\(last)</text>"
        svg += "<text x=\"4\" y=\"10\" class=\"axis\">episodes</text>"
        return svg + "</svg>"
    }
}
