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

    package static func sentence(_ name: String, _ estimate: TriggerAnalysis.Estimate) -> String {
        let base = name.hasSuffix("_lag1") ? String(name.dropLast(5)) : name
        let factor = DayFactor.allCases.first { $0.column == base }
        let when = name.hasSuffix("_lag1") ? "the day after a day with" : "on days with"
        // For sleep, "an hour less" reads more naturally: invert the ratio and the interval.
        var ratio = estimate.rateRatio
        var low = estimate.ciLow
        var high = estimate.ciHigh
        var amount = "one more unit of \(base)"
        if let factor {
            amount =
                switch factor {
                case .sleepHours: "an hour less sleep"
                case .stress: "one point more stress"
                case .caffeineMg: "100 mg more caffeine"
                case .alcoholDrinks: "one more alcoholic drink"
                case .waterLiters: "a litre more water"
                case .exerciseMinutes: "30 minutes more exercise"
                case .mindfulMinutes: "10 minutes more relaxation practice"
                case .processedMeals: "one more processed meal"
                case .prolongedMuscleUse: "long use of one muscle group"
                }
            if factor == .sleepHours { (ratio, low, high) = (1 / ratio, 1 / high, 1 / low) }
        }
        let numbers =
            "about \(DecimalText.format(ratio, digits: 2)) times as many episodes (95% interval \(DecimalText.format(low, digits: 2)) to \(DecimalText.format(high, digits: 2)); p \(p(estimate.p)), allowing for several factors p \(p(estimate.pHolm)))"
        let clear = low > 1 || high < 1
        let lead = "\(when.prefix(1).uppercased() + when.dropFirst()) \(amount), you logged \(numbers)."
        return clear ? lead : lead + " The interval includes no difference, so this may be chance."
    }

    package static func p(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : "= " + DecimalText.format(value, digits: 3)
    }
}
