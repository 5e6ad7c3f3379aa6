import Foundation
package import TwitchlessCore

extension SVGChart {
    /// A forest plot: each row a rate ratio with its 95% interval on a log scale, a dashed line at 1 (no difference),
    /// "fewer" to the left and "more" to the right. Each label has its own line above its interval.
    package static func forestPlot(title: String, description: String, rows: [(label: String, ratio: Double, low: Double, high: Double)]) -> HTML {
        let rowHeight = 44.0
        let left = 8.0
        let right = 52.0
        let height = Double(rows.count) * rowHeight + 44
        let low = max(rows.map(\.low).min() ?? 0.5, 0.01)
        let high = min(rows.map(\.high).max() ?? 2, 100)
        let minimum = min(log(low), -log(1.25)) - 0.1
        let maximum = max(log(high), log(1.25)) + 0.1
        let plotWidth = width - left - right
        func x(_ value: Double) -> Double { left + (log(min(max(value, exp(minimum)), exp(maximum))) - minimum) / (maximum - minimum) * plotWidth }
        var svg = open(title, description, height: height)
        let bottom = height - 40
        svg += "<line x1=\"\(number(x(1)))\" x2=\"\(number(x(1)))\" y1=\"4\" y2=\"\(number(bottom))\" class=\"ref\"/>"
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight
            svg += text(left, y + 15, row.label)
            let middle = y + 31
            svg +=
                "<line x1=\"\(number(x(row.low)))\" x2=\"\(number(x(row.high)))\" y1=\"\(number(middle))\" y2=\"\(number(middle))\" class=\"line\"/>"
            svg += "<rect x=\"\(number(x(row.ratio) - 5))\" y=\"\(number(middle - 5))\" width=\"10\" height=\"10\" class=\"bar\"/>"
            svg +=
                "<text x=\"\(number(width - 2))\" y=\"\(number(middle + 5))\" text-anchor=\"end\">\(DecimalText.format(row.ratio, digits: 2))×</text>"
        }
        svg += text(x(1), bottom + 16, "1: no difference", anchor: "middle")
        svg += "<text x=\"\(number(left))\" y=\"\(number(bottom + 34))\">← fewer episodes</text>"
        svg += "<text x=\"\(number(width - right))\" y=\"\(number(bottom + 34))\" text-anchor=\"end\">more →</text>"
        return svg + "</svg>"
    }

    /// Daily counts as bars, shaded by trial arm (magnesium dark, control in the second colour, washout and untracked
    /// grey; a grey tick is a day not checked in).
    static func trialBars(
        title: String,
        description: String,
        values: [(count: Double?, arm: String?, washout: Bool)],
        first: LocalDate,
        last: LocalDate
    ) -> HTML {
        let height = 180.0
        let top = 22.0
        let bottom = 26.0
        let plotWidth = width - plotLeft - plotRight
        let plotHeight = height - top - bottom
        let maximum = niceCeiling(max(values.compactMap(\.count).max() ?? 1, 1))
        let step = plotWidth / Double(max(values.count, 1))
        var svg = open(title, description, height: height)
        for tick in [0.0, maximum] {
            let y = top + plotHeight - tick / maximum * plotHeight
            svg += "<line x1=\"\(plotLeft)\" x2=\"\(width - plotRight)\" y1=\"\(number(y))\" y2=\"\(number(y))\" class=\"grid\"/>"
            svg += "<text x=\"\(plotLeft - 4)\" y=\"\(number(y + 4.5))\" text-anchor=\"end\">\(number(tick))</text>"
        }
        let barWidth = max(step * 0.78, 0.8)
        for (index, value) in values.enumerated() {
            let x = plotLeft + Double(index) * step + (step - barWidth) / 2
            guard let count = value.count else {
                svg += "<rect x=\"\(number(x))\" y=\"\(number(top + plotHeight - 3))\" width=\"\(number(barWidth))\" height=\"3\" class=\"missing\"/>"
                continue
            }
            let h = count / maximum * plotHeight
            let cls = value.washout ? "missing" : value.arm == "magnesium" ? "bar" : "bar2"
            svg +=
                "<rect x=\"\(number(x))\" y=\"\(number(top + plotHeight - h))\" width=\"\(number(barWidth))\" height=\"\(number(max(h, 1)))\" class=\"\(cls)\"/>"
        }
        let withYear = first.year != last.year
        svg += "<text x=\"\(plotLeft)\" y=\"\(Int(height - 6))\">\(DateWords.short(first, year: withYear))</text>"
        svg += "<text x=\"\(width - plotRight)\" y=\"\(Int(height - 6))\" text-anchor=\"end\">\(DateWords.short(last, year: withYear))</text>"
        svg += "<text x=\"2\" y=\"14\">episodes</text>"
        return svg + "</svg>"
    }
}
