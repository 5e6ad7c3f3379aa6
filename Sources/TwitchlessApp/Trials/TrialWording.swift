package import TwitchlessCore

/// A trial's result in plain words, honest about uncertainty: shared by `trial report` and the web app.
package enum TrialWording {
    /// One line of the result.
    package enum Line: Sendable, Equatable {
        /// A sentence (the CLI wraps it).
        case sentence(String)
        /// A short line shown as it is.
        case plain(String)
        /// A detail under the sentences (per block, per period).
        case detail(String)
        case blank
    }

    package static func lines(_ report: TrialReport) -> [Line] {
        let stats = report.statistics
        var lines: [Line] = []
        if report.isInterim { lines += [.plain("Interim result: the trial is still running, so this can change."), .blank] }
        if let stop = report.design.stop { lines += [.sentence(stoppedSentence(report.design, stop)), .blank] }
        let complete = report.blocks.filter { $0.data.difference != nil }
        guard let estimate = stats.estimate else {
            lines.append(.sentence("No block has analysed days in both arms yet, so there is nothing to compare. Keep checking in every day."))
            return lines
        }
        for block in complete {
            lines.append(
                .detail(
                    "Block \(block.block + 1): magnesium \(DecimalText.format(block.data.magnesiumMean!, digits: 2)) a day, control \(DecimalText.format(block.data.controlMean!, digits: 2)) a day"
                )
            )
        }
        lines.append(.blank)
        let direction = estimate > 0 ? "fewer" : "more"
        lines.append(
            .sentence(
                "On average you logged \(DecimalText.format(abs(estimate), digits: 2)) \(direction) episodes a day in magnesium periods than in control periods."
            )
        )
        if let low = stats.ciLow, let high = stats.ciHigh {
            lines.append(
                .sentence(
                    "95% interval: \(DecimalText.format(low, digits: 2)) to \(DecimalText.format(high, digits: 2)) fewer a day (negative values mean more)."
                )
            )
        }
        if let p = stats.pRandomization {
            lines.append(
                .sentence(
                    "Randomization p = \(DecimalText.format(p, digits: 3)) (paired t-test p = \(stats.pT.map { DecimalText.format($0, digits: 3) } ?? "not available"))."
                )
            )
        }
        let smallest = TrialDesign.smallestP(blocks: complete.count)
        if complete.count < 3 {
            lines.append(
                .sentence(
                    "Too few complete blocks to tell: with \(complete.count) the smallest possible p is \(DecimalText.format(smallest, digits: 3))."
                )
            )
        } else if let p = stats.pRandomization, p > 0.05 {
            lines.append(.sentence("No clear difference: the result is what chance alone often gives."))
        } else {
            lines.append(.sentence("A difference this large rarely comes from the order alone."))
        }
        if let benefit = stats.probabilityOfBenefit {
            lines.append(
                .sentence(
                    "Under simple assumptions, the chance that magnesium reduces your episodes is about \(Int((benefit * 100).rounded()))%; with few blocks this is rough."
                )
            )
        }
        if !report.design.usesPlacebo {
            lines.append(
                .sentence("Without a placebo, expecting magnesium to help can itself reduce episodes, so a benefit may be partly expectation.")
            )
        }
        let adherence = report.adherence
        for period in adherence.periods where period.days > 0 {
            let expected = period.arm == .magnesium ? "taken" : "taken (should be none)"
            lines.append(
                .detail(
                    "Block \(period.block + 1), \(period.arm.rawValue): product \(expected) on \(period.daysTaken) of \(period.days) analysed days"
                )
            )
        }
        lines.append(
            .sentence(
                "You logged the product on \(adherence.magnesiumDaysTaken) of \(adherence.magnesiumDays) analysed magnesium days and on \(adherence.controlDaysTaken) of \(adherence.controlDays) control days; \(report.untrackedDaysExcluded) days weren't checked in and were left out."
            )
        )
        return lines
    }

    /// "You stopped this trial early on 2026-12-02, day 20 of 84 (it was planned to end on 2027-02-23). Your reason:
    /// "…". Only the days before it count."
    package static func stoppedSentence(_ design: TrialDesign, _ stop: TrialDesign.Stop) -> String {
        let planned = design.blocks * 2 * design.periodDays
        guard stop.date > design.startDate else {
            return
                "You stopped this trial on \(DateWords.day(stop.date)), before it began. Your reason: \"\(stop.reason)\". It has no days to analyse."
        }
        let day = design.startDate.days(until: stop.date)
        return
            "You stopped this trial early on \(DateWords.day(stop.date)), after \(day) of its \(planned) planned days (it was to end on \(DateWords.day(design.endDate))). Your reason: \"\(stop.reason)\". Only the days before it count, so the result is less certain than planned."
    }

    /// What to do on `date`, or nil outside the trial.
    package static func instruction(_ design: TrialDesign, on date: LocalDate) -> (what: String, position: String)? {
        guard let position = design.position(on: date) else { return nil }
        let what =
            position.arm == .magnesium
            ? "take \(DecimalText.format(design.servings)) × \(design.product)"
            : (design.usesPlacebo ? "take your placebo, not magnesium" : "take no magnesium supplement")
        return (
            what,
            "Block \(position.block + 1) of \(design.blocks), \(position.arm.rawValue) period, day \(position.dayInPeriod) of \(design.periodDays)\(position.isWashout ? " (washout: not analysed)" : "")."
        )
    }
}
