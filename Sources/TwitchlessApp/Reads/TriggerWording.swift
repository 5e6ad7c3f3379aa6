package import TwitchlessCore

/// The trigger analysis in plain sentences, shared by `analyze triggers` and the web app.
package enum TriggerWording {
    /// How much data the result rests on.
    package static func basis(_ result: TriggerAnalysis.Result) -> String {
        "Based on \(result.daysUsed) checked-in days with every factor logged and \(result.episodesUsed) episodes"
            + (result.daysDroppedForMissing > 0 ? " (\(result.daysDroppedForMissing) days left out because a factor wasn't logged)." : ".")
    }

    /// Which model the figures come from.
    package static func modelNote(_ result: TriggerAnalysis.Result, _ model: TriggerAnalysis.ModelResult) -> String {
        result.leadsWithNegativeBinomial
            ? "Your days vary more than chance alone would give, so these figures come from a model that allows for that (negative binomial, alpha \(DecimalText.format(model.alpha, digits: 2)))."
            : "The figures come from a Poisson model; no extra variation between days was found."
    }

    package static let caveat =
        "A link is not proof of a cause, and when several factors are looked at, some links appear by chance: the \"allowing for several factors\" p-values take that into account. To test a factor, change it on purpose for a couple of weeks and keep logging."

    package static func label(_ name: String) -> String {
        let base = name.hasSuffix("_lag1") ? String(name.dropLast(5)) : name
        let factor = DayFactor.allCases.first { $0.column == base }
        return (factor?.displayName ?? base) + (name.hasSuffix("_lag1") ? " the day before" : "")
    }

    /// The plain sentence and its figures, for the command line and the API.
    package static func sentence(_ name: String, _ estimate: TriggerAnalysis.Estimate) -> String {
        let reading = TriggerAnalysis.reading(name, estimate)
        return String(plain(reading).dropLast()) + " (" + details(reading, estimate) + ")."
    }

    /// What the estimate says, in the direction the chart shows: "With an hour less sleep, you logged more episodes:
    /// about 1.18 times as many."
    package static func plain(_ reading: TriggerAnalysis.Reading) -> String {
        let when = reading.isDayBefore ? "The day after a day with \(reading.amount)" : "With \(reading.amount)"
        let times = "\(DecimalText.format(reading.ratio, digits: 2)) times as many"
        guard reading.isClear else {
            return "\(when), you logged about as many episodes (\(times)): this may well be chance."
        }
        return reading.ratio > 1
            ? "\(when), you logged more episodes: about \(times)."
            : "\(when), you logged fewer episodes: about \(times)."
    }

    /// The interval and the p-values behind the plain sentence.
    package static func details(_ reading: TriggerAnalysis.Reading, _ estimate: TriggerAnalysis.Estimate) -> String {
        "95% interval \(DecimalText.format(reading.low, digits: 2)) to \(DecimalText.format(reading.high, digits: 2)); p \(p(estimate.p)), allowing for several factors p \(p(estimate.pHolm))"
    }

    package static func p(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : "= " + DecimalText.format(value, digits: 3)
    }
}
