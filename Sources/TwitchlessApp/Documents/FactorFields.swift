package import TwitchlessCore

/// The day factors as JSON fields, every documented factor present (null when not logged).
package enum FactorFields {
    package static func of(_ log: DayLog?) -> [String: Nullable<Double>] {
        var factors: [String: Nullable<Double>] = [:]
        for factor in DayFactor.allCases { factors[factor.column] = Nullable(wrappedValue: log?.value(of: factor)) }
        return factors
    }

    /// The factors whose values came from an import rather than the person's own check-in, in the documented order.
    package static func imported(_ log: DayLog?) -> [String] {
        DayFactor.allCases.filter { log?.importedFactors.contains($0) ?? false }.map(\.column)
    }
}

/// A day's check-in, as `GET` and `PUT /api/v1/days/{date}` show it.
package struct CheckInDocument: Encodable, Sendable {
    package var date: String
    package var tracked: Bool
    package var factors: [String: Nullable<Double>]
    package var importedFactors: [String]

    package init(date: LocalDate, log: DayLog?) {
        self.date = date.description
        tracked = log?.isTracked ?? false
        factors = FactorFields.of(log)
        importedFactors = FactorFields.imported(log)
    }
}
