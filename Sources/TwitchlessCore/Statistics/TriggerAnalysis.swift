import Foundation

/// Which daily factors go with more episodes: Poisson and NB2 regression over tracked days.
///
/// The unit is the tracked day; the outcome is the number of episodes on that local date (0 when none). Factors logged
/// on fewer than half of the tracked days are left out ("not enough data"); factors that don't vary are left out;
/// the rest are used complete-case. Rate ratios are per reporting unit (an hour of sleep, 100 mg of caffeine…).
public struct TriggerAnalysis: Sendable {
    public struct Options: Sendable {
        /// Add yesterday's value of each factor (`<factor>_lag1`).
        public var lags = false
        /// Adjust for the day of the week.
        public var dayOfWeek = false
        public init(lags: Bool = false, dayOfWeek: Bool = false) {
            self.lags = lags
            self.dayOfWeek = dayOfWeek
        }
    }

    /// One factor's estimate under one model.
    public struct Estimate: Sendable, Equatable {
        public var rateRatio: Double
        public var ciLow: Double
        public var ciHigh: Double
        public var p: Double
        public var pHolm: Double
    }

    public struct ModelResult: Sendable, Equatable {
        public var alpha: Double
        public var pearsonChi2PerDF: Double
        public var factors: [String: Estimate]
    }

    public enum Status: Sendable, Equatable {
        case ok
        case notEstimable(reason: String)
        case notEnoughData(reason: String)
    }

    public struct Result: Sendable, Equatable {
        public var status: Status
        public var daysTracked: Int
        public var daysUsed: Int
        public var daysDroppedForMissing: Int
        public var episodesUsed: Int
        public var factorsUsed: [String]
        /// Factor → why it was left out.
        public var factorsExcluded: [String: String]
        public var poisson: ModelResult?
        public var negativeBinomial: ModelResult?
        /// NB2 leads when it found extra variation.
        public var leadsWithNegativeBinomial: Bool { (negativeBinomial?.alpha ?? 0) > 0 }
    }

    /// The minimums below which no rate ratios are given.
    public var minimumDays: Int
    public var minimumEpisodes: Int
    /// The unit each factor's rate ratio is per (`reporting_units.csv`: 100 mg of caffeine, 30 minutes of exercise…).
    public var units: [DayFactor: Double]

    /// The analysis as the app runs it: at least 60 complete-case days and 30 episodes.
    public static func standard(units: [DayFactor: Double]) -> TriggerAnalysis {
        TriggerAnalysis(minimumDays: 60, minimumEpisodes: 30, units: units)
    }

    public init(minimumDays: Int, minimumEpisodes: Int, units: [DayFactor: Double]) {
        self.minimumDays = minimumDays
        self.minimumEpisodes = minimumEpisodes
        self.units = units
    }

    /// A candidate covariate column.
    struct Column {
        var name: String
        var values: [LocalDate: Double]
        var scale: Double
    }

    public func run(days: [DayLog], episodeCounts: [LocalDate: Int], options: Options = Options()) -> Result {
        let tracked = days.filter(\.isTracked).sorted { $0.date < $1.date }
        let allLogs = Dictionary(days.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        var columns: [Column] = []
        for factor in DayFactor.allCases {
            let unit = units[factor] ?? 1
            var values: [LocalDate: Double] = [:]
            for day in tracked { if let v = day.value(of: factor) { values[day.date] = v / unit } }
            columns.append(Column(name: factor.column, values: values, scale: unit))
            if options.lags {
                var lagged: [LocalDate: Double] = [:]
                for day in tracked {
                    if let v = allLogs[day.date.adding(days: -1)]?.value(of: factor) { lagged[day.date] = v / unit }
                }
                columns.append(Column(name: factor.column + "_lag1", values: lagged, scale: unit))
            }
        }
        var excluded: [String: String] = [:]
        // Coverage: logged on at least half of the tracked days (exactly half is kept).
        columns = columns.filter { column in
            if column.values.count * 2 < tracked.count {
                excluded[column.name] = "not enough data: logged on \(column.values.count) of \(tracked.count) tracked days"
                return false
            }
            return true
        }
        // Complete cases over the kept factors; drop factors that don't vary there, and repeat.
        var rows: [LocalDate] = []
        while true {
            rows = tracked.map(\.date).filter { date in columns.allSatisfy { $0.values[date] != nil } }
            let constant = columns.filter { column in Set(rows.compactMap { column.values[$0] }).count <= 1 }
            if constant.isEmpty { break }
            for column in constant { excluded[column.name] = "takes one value on every day used" }
            columns.removeAll { column in constant.contains { $0.name == column.name } }
        }
        let counts = rows.map { Double(episodeCounts[$0] ?? 0) }
        let episodes = Int(counts.reduce(0, +))
        var result = Result(
            status: .ok,
            daysTracked: tracked.count,
            daysUsed: rows.count,
            daysDroppedForMissing: tracked.count - rows.count,
            episodesUsed: episodes,
            factorsUsed: columns.map(\.name),
            factorsExcluded: excluded,
            poisson: nil,
            negativeBinomial: nil
        )
        guard rows.count >= minimumDays, episodes >= minimumEpisodes else {
            var needs: [String] = []
            if rows.count < minimumDays { needs.append("\(minimumDays - rows.count) more tracked days with every factor logged") }
            if episodes < minimumEpisodes { needs.append("\(minimumEpisodes - episodes) more episodes") }
            result.status = .notEnoughData(
                reason:
                    "The analysis needs at least \(minimumDays) complete days and \(minimumEpisodes) episodes: \(needs.joined(separator: " and "))."
            )
            return result
        }
        // Fit; when the maximum doesn't exist, find the factor responsible, say so, and fit the others.
        var separated: [String] = []
        while true {
            let design = makeDesign(rows: rows, columns: columns, dayOfWeek: options.dayOfWeek)
            do {
                let poisson = try CountRegression.poisson(design: design, counts: counts)
                let nb2 = try CountRegression.negativeBinomial(design: design, counts: counts, poissonFit: poisson)
                result.poisson = summarize(poisson, columns: columns)
                result.negativeBinomial = summarize(nb2, columns: columns)
                result.factorsUsed = columns.map(\.name)
                if !separated.isEmpty {
                    result.status = .notEstimable(reason: separated.joined(separator: " "))
                }
                return result
            } catch {
                guard let culprit = separatingColumn(rows: rows, counts: counts, columns: columns, dayOfWeek: options.dayOfWeek) else {
                    result.status = .notEstimable(reason: "The model could not be fitted to these days: the factors move together too closely.")
                    result.factorsUsed = []
                    return result
                }
                let column = columns[culprit]
                separated.append(separationText(column, rows: rows, counts: counts))
                excluded[column.name] = "no estimate: " + separationText(column, rows: rows, counts: counts)
                result.factorsExcluded = excluded
                columns.remove(at: culprit)
            }
        }
    }

    func makeDesign(rows: [LocalDate], columns: [Column], dayOfWeek: Bool) -> [[Double]] {
        rows.map { date in
            var row = [1.0] + columns.map { $0.values[date]! }
            if dayOfWeek { row += (2...7).map { date.isoWeekday == $0 ? 1.0 : 0.0 } }
            return row
        }
    }

    /// The factor whose removal lets the model fit, if one does.
    func separatingColumn(rows: [LocalDate], counts: [Double], columns: [Column], dayOfWeek: Bool) -> Int? {
        for index in columns.indices {
            var others = columns
            others.remove(at: index)
            if (try? CountRegression.poisson(design: makeDesign(rows: rows, columns: others, dayOfWeek: dayOfWeek), counts: counts)) != nil {
                return index
            }
        }
        return nil
    }

    func separationText(_ column: Column, rows: [LocalDate], counts: [Double]) -> String {
        let withEpisodes = Set(zip(rows, counts).filter { $0.1 > 0 }.compactMap { column.values[$0.0] })
        if withEpisodes.count == 1, let value = withEpisodes.first {
            return
                "Every episode fell on days with \(column.name.replacingOccurrences(of: "_", with: " ")) = \(DecimalText.format(value * column.scale)), so its effect can't be estimated."
        }
        return
            "The days with and without episodes are split completely by \(column.name.replacingOccurrences(of: "_", with: " ")), so its effect can't be estimated."
    }

    func summarize(_ fit: CountRegression.Fit, columns: [Column]) -> ModelResult {
        let z = Distributions.normalQuantile(0.975)
        let ps = columns.indices.map { Distributions.normalTwoSidedP(fit.coefficients[$0 + 1] / fit.standardErrors[$0 + 1]) }
        let adjusted = CountRegression.holm(ps)
        var factors: [String: Estimate] = [:]
        for (index, column) in columns.enumerated() {
            let b = fit.coefficients[index + 1]
            let se = fit.standardErrors[index + 1]
            factors[column.name] = Estimate(rateRatio: exp(b), ciLow: exp(b - z * se), ciHigh: exp(b + z * se), p: ps[index], pHolm: adjusted[index])
        }
        return ModelResult(alpha: fit.alpha, pearsonChi2PerDF: fit.pearsonChi2PerDF, factors: factors)
    }
}
