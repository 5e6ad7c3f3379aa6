import Foundation
import Testing
import TwitchlessReference
import TwitchlessTestSupport

@testable import TwitchlessCore

@Suite("Trigger analysis")
struct TriggerAnalysisTests {
    let units = try! ReferenceLibrary.shipped.reportingUnits()
    var analysis: TriggerAnalysis { TriggerAnalysis(minimumDays: 60, minimumEpisodes: 30, units: units) }
    let start = LocalDate(iso: "2025-01-01")!

    /// Tracked days with sleep (always), stress (missing on 1 in 10 days), caffeine on fewer than half the days,
    /// water always 2 litres, and counts that rise with less sleep.
    func history(days: Int, seed: UInt64, alpha: Double = 0.4) -> (days: [DayLog], counts: [LocalDate: Int]) {
        var random = SeededRandom(state: seed)
        var logs: [DayLog] = []
        var counts: [LocalDate: Int] = [:]
        for offset in 0..<days {
            let date = start.adding(days: offset)
            var day = DayLog(date: date)
            day.sleepHours = (5 + 4 * random.uniform() * 4).rounded() / 4
            if random.uniform() > 0.1 { day.stress = Int(random.uniform() * 11) }
            if random.uniform() < 0.3 { day.caffeineMg = (random.uniform() * 400).rounded() }
            day.waterLiters = 2
            day.processedMeals = Int(random.uniform() * 3)
            logs.append(day)
            let mu = exp(0.8 - 0.3 * (day.sleepHours! - 7) + 0.05 * Double(day.stress ?? 5) + 0.15 * Double(day.processedMeals!))
            counts[date] = Int(random.poisson(mu * random.gamma(1 / alpha) * alpha))
        }
        return (logs, counts)
    }

    @Test("Coverage, constant factors and missing cells are handled and reported")
    func exclusions() {
        let (days, counts) = history(days: 365, seed: 7)
        let result = analysis.run(days: days, episodeCounts: counts)
        #expect(result.status == .ok)
        #expect(result.factorsExcluded["caffeine_mg"]?.hasPrefix("not enough data") == true)
        #expect(result.factorsExcluded["water_liters"] == "takes one value on every day used")
        #expect(result.factorsUsed == ["sleep_hours", "stress", "processed_meals"])
        #expect(result.daysDroppedForMissing == days.filter { $0.stress == nil }.count)
        #expect(result.daysUsed + result.daysDroppedForMissing == 365)
        #expect(result.leadsWithNegativeBinomial)
        // Less sleep, more episodes: the rate ratio per hour of sleep is below 1.
        #expect((result.negativeBinomial?.factors["sleep_hours"]?.rateRatio ?? 1) < 1)
    }

    @Test("A factor logged on exactly half the tracked days is kept")
    func exactlyHalf() {
        let (original, counts) = history(days: 200, seed: 8)
        var days = original
        for index in days.indices { days[index].caffeineMg = index % 2 == 0 ? Double(index % 7) * 50 : nil }
        let result = analysis.run(days: days, episodeCounts: counts)
        #expect(result.factorsExcluded["caffeine_mg"] == nil)
        #expect(result.factorsUsed.contains("caffeine_mg"))
    }

    @Test("Too little data says how much more is needed, and gives no rate ratios")
    func notEnough() {
        let (days, counts) = history(days: 40, seed: 9)
        let result = analysis.run(days: days, episodeCounts: counts)
        guard case .notEnoughData(let reason) = result.status else {
            Issue.record("expected not enough data")
            return
        }
        #expect(reason.contains("more tracked days"))
        #expect(result.poisson == nil && result.negativeBinomial == nil)
    }

    @Test("Separation: every episode on days with processed meals names the factor and fits the others")
    func separation() {
        var (days, counts) = history(days: 200, seed: 10)
        for day in days { counts[day.date] = (day.processedMeals ?? 0) > 0 ? max(counts[day.date] ?? 0, 1) : 0 }
        for index in days.indices where (days[index].processedMeals ?? 0) > 0 { days[index].processedMeals = 1 }
        let result = analysis.run(days: days, episodeCounts: counts)
        guard case .notEstimable(let reason) = result.status else {
            Issue.record("expected not estimable, got \(result.status)")
            return
        }
        #expect(reason.contains("processed meals"))
        #expect(!result.factorsUsed.contains("processed_meals"))
        #expect(result.poisson?.factors["sleep_hours"] != nil)
    }

    @Test("Lagged factors are named <factor>_lag1")
    func lags() {
        let (days, counts) = history(days: 200, seed: 11)
        let result = analysis.run(days: days, episodeCounts: counts, options: .init(lags: true))
        #expect(result.factorsUsed.contains("sleep_hours_lag1"))
    }

    @Test("Rate ratios and intervals equal statsmodels' on the same complete-case days", arguments: [UInt64(21), 22])
    func againstStatsmodels(seed: UInt64) throws {
        try Prerequisite.require(PythonChecker.isAvailable, "python3 with statsmodels")
        let (days, counts) = history(days: 500, seed: seed)
        let result = analysis.run(days: days, episodeCounts: counts)
        let used = result.factorsUsed
        let factors = used.compactMap { name in DayFactor.allCases.first { $0.column == name } }
        let rows = days.filter { day in factors.allSatisfy { day.value(of: $0) != nil } }
        var csv = "y," + used.joined(separator: ",") + "\n"
        for day in rows {
            csv += "\(counts[day.date] ?? 0)," + factors.map { String(day.value(of: $0)! / (units[$0] ?? 1)) }.joined(separator: ",") + "\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-triggers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(csv.utf8).write(to: folder.appendingPathComponent("data.csv"))
        let reference = try PythonChecker.json(script: "statsmodels_counts.py", arguments: [folder.appendingPathComponent("data.csv").path])
        let params = try #require((reference["poisson"] as? [String: Any])?["params"] as? [Double])
        let bse = try #require((reference["poisson"] as? [String: Any])?["bse"] as? [Double])
        let z = Distributions.normalQuantile(0.975)
        for (index, name) in used.enumerated() {
            let estimate = try #require(result.poisson?.factors[name])
            #expect(abs(estimate.rateRatio - exp(params[index + 1])) / exp(params[index + 1]) < 1e-6)
            #expect(abs(estimate.ciLow - exp(params[index + 1] - z * bse[index + 1])) / estimate.ciLow < 1e-6)
            #expect(abs(estimate.ciHigh - exp(params[index + 1] + z * bse[index + 1])) / estimate.ciHigh < 1e-6)
        }
    }

    @Test("With lags and the day of week, the estimates still equal statsmodels' on the same design")
    func lagsAndWeekdays() throws {
        try Prerequisite.require(PythonChecker.isAvailable, "python3 with statsmodels")
        let (days, counts) = history(days: 400, seed: 31)
        let result = analysis.run(days: days, episodeCounts: counts, options: .init(lags: true, dayOfWeek: true))
        #expect(result.status == .ok)
        let byDate = Dictionary(uniqueKeysWithValues: days.map { ($0.date, $0) })
        func value(_ name: String, _ date: LocalDate) -> Double? {
            let lagged = name.hasSuffix("_lag1")
            let factor = DayFactor(rawValue: lagged ? String(name.dropLast(5)) : name)!
            return byDate[lagged ? date.adding(days: -1) : date]?.value(of: factor).map { $0 / (units[factor] ?? 1) }
        }
        let used = result.factorsUsed
        var csv = "y," + used.joined(separator: ",") + ",dow2,dow3,dow4,dow5,dow6,dow7\n"
        var rows = 0
        for day in days {
            let values = used.map { value($0, day.date) }
            guard values.allSatisfy({ $0 != nil }) else { continue }
            rows += 1
            let weekdays = (2...7).map { day.date.isoWeekday == $0 ? "1" : "0" }
            csv += "\(counts[day.date] ?? 0)," + values.map { String($0!) }.joined(separator: ",") + "," + weekdays.joined(separator: ",") + "\n"
        }
        #expect(rows == result.daysUsed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-lags-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(csv.utf8).write(to: folder.appendingPathComponent("data.csv"))
        let reference = try PythonChecker.json(script: "statsmodels_counts.py", arguments: [folder.appendingPathComponent("data.csv").path])
        let params = try #require((reference["poisson"] as? [String: Any])?["params"] as? [Double])
        for (index, name) in used.enumerated() {
            let estimate = try #require(result.poisson?.factors[name])
            #expect(abs(estimate.rateRatio - exp(params[index + 1])) / exp(params[index + 1]) < 1e-6, "\(name)")
        }
    }
}
