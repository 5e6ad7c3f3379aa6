package import TwitchlessCore

/// The day factors as JSON fields, every documented factor present (null when not logged).
package enum FactorJSON {
    package static func fields(_ log: DayLog?) -> [String: Nullable<Double>] {
        var factors: [String: Nullable<Double>] = [:]
        for factor in DayFactor.allCases { factors[factor.column] = Nullable(wrappedValue: log?.value(of: factor)) }
        return factors
    }
}
