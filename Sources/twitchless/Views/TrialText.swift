import TwitchlessApp
import TwitchlessCore

/// A trial's result in plain words, honest about uncertainty.
enum TrialText {
    static func render(_ report: TrialReport) -> String {
        let stats = report.statistics
        var lines: [String] = []
        if report.isInterim { lines.append("Interim result: the trial is still running, so this can change.\n") }
        let complete = report.blocks.filter { $0.data.difference != nil }
        guard let estimate = stats.estimate else {
            lines.append(Output.wrap("No block has analysed days in both arms yet, so there is nothing to compare. Keep checking in every day."))
            return lines.joined(separator: "\n")
        }
        for block in complete {
            lines.append("  Block \(block.block + 1): magnesium \(DecimalText.format(block.data.magnesiumMean!, digits: 2)) a day, control \(DecimalText.format(block.data.controlMean!, digits: 2)) a day")
        }
        lines.append("")
        let direction = estimate > 0 ? "fewer" : "more"
        lines.append(Output.wrap("On average you logged \(DecimalText.format(abs(estimate), digits: 2)) \(direction) episodes a day in magnesium periods than in control periods."))
        if let low = stats.ciLow, let high = stats.ciHigh {
            lines.append(Output.wrap("95% interval: \(DecimalText.format(low, digits: 2)) to \(DecimalText.format(high, digits: 2)) fewer a day (negative values mean more)."))
        }
        if let p = stats.pRandomization {
            lines.append(Output.wrap("Randomization p = \(DecimalText.format(p, digits: 3)) (paired t-test p = \(stats.pT.map { DecimalText.format($0, digits: 3) } ?? "not available"))."))
        }
        let smallest = TrialDesign.smallestP(blocks: complete.count)
        if complete.count < 3 {
            lines.append(Output.wrap("Too few complete blocks to tell: with \(complete.count) the smallest possible p is \(DecimalText.format(smallest, digits: 3))."))
        } else if let p = stats.pRandomization, p > 0.05 {
            lines.append(Output.wrap("No clear difference: the result is what chance alone often gives."))
        } else {
            lines.append(Output.wrap("A difference this large rarely comes from the order alone."))
        }
        if let benefit = stats.probabilityOfBenefit {
            lines.append(Output.wrap("Under simple assumptions, the chance that magnesium reduces your episodes is about \(Int((benefit * 100).rounded()))%; with few blocks this is rough."))
        }
        if !report.design.usesPlacebo {
            lines.append(Output.wrap("Without a placebo, expecting magnesium to help can itself reduce episodes, so a benefit may be partly expectation."))
        }
        let adherence = report.adherence
        for period in adherence.periods where period.days > 0 {
            let expected = period.arm == .magnesium ? "taken" : "taken (should be none)"
            lines.append("  Block \(period.block + 1), \(period.arm.rawValue): product \(expected) on \(period.daysTaken) of \(period.days) analysed days")
        }
        lines.append(Output.wrap("You logged the product on \(adherence.magnesiumDaysTaken) of \(adherence.magnesiumDays) analysed magnesium days and on \(adherence.controlDaysTaken) of \(adherence.controlDays) control days; \(report.untrackedDaysExcluded) days weren't checked in and were left out."))
        return lines.joined(separator: "\n")
    }
}
