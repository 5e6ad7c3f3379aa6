import Foundation
import Testing
import TwitchlessTestSupport

@testable import TwitchlessCore

/// A small seeded generator (SplitMix64) and the draws the simulated datasets need.
struct SeededRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func normal() -> Double { (-2 * log(1 - uniform())).squareRoot() * cos(2 * .pi * uniform()) }
    /// Marsaglia–Tsang gamma draw with the given shape and scale 1.
    mutating func gamma(_ shape: Double) -> Double {
        if shape < 1 { return gamma(shape + 1) * pow(uniform(), 1 / shape) }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0
            var v = 0.0
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            if log(uniform()) < 0.5 * x * x + d - d * v + d * log(v) { return d * v }
        }
    }
    mutating func poisson(_ mean: Double) -> Double {
        let limit = exp(-mean)
        var k = 0.0
        var product = uniform()
        while product > limit {
            k += 1
            product *= uniform()
        }
        return k
    }
}

/// A simulated dataset: days with three factors and counts from NB2 (alpha > 0) or Poisson (alpha = 0).
func simulate(days: Int, alpha: Double, seed: UInt64) -> (design: [[Double]], counts: [Double]) {
    var random = SeededRandom(state: seed)
    var design: [[Double]] = []
    var counts: [Double] = []
    for _ in 0..<days {
        let sleep = 6 + 2 * random.uniform()  // hours
        let stress = Double(Int(random.uniform() * 11))  // 0–10
        let processed = random.uniform() < 0.4 ? 1.0 : 0.0
        let mu = exp(0.9 - 0.25 * (sleep - 7) + 0.06 * stress + 0.3 * processed)
        let rate = alpha > 0 ? mu * random.gamma(1 / alpha) * alpha : mu
        design.append([1, sleep, stress, processed])
        counts.append(random.poisson(rate))
    }
    return (design, counts)
}

@Suite("Count models against statsmodels")
struct CountRegressionTests {
    /// Writes the data, fits with statsmodels (NB2 started from our solution) and returns its numbers.
    func reference(_ data: (design: [[Double]], counts: [Double]), nb2Start: [Double]?) throws -> [String: Any] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var csv = "y,sleep,stress,processed\n"
        for (row, y) in zip(data.design, data.counts) {
            csv += ([y] + row.dropFirst()).map { String($0) }.joined(separator: ",") + "\n"
        }
        let dataPath = folder.appendingPathComponent("data.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: dataPath))
        var arguments = [dataPath]
        if let nb2Start {
            let startPath = folder.appendingPathComponent("start.json").path
            try JSONSerialization.data(withJSONObject: ["nb2": nb2Start]).write(to: URL(fileURLWithPath: startPath))
            arguments.append(startPath)
        }
        return try PythonChecker.json(script: "statsmodels_counts.py", arguments: arguments)
    }

    func relative(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), 1e-300) }

    @Test("Poisson and NB2 rate ratios, intervals and alpha match statsmodels (1e-6 and 1e-4 relative)", arguments: [UInt64(1), 2, 3])
    func overdispersed(seed: UInt64) throws {
        try Prerequisite.require(PythonChecker.isAvailable, "python3 with statsmodels")
        let data = simulate(days: 730, alpha: 0.5, seed: seed)
        let poisson = try CountRegression.poisson(design: data.design, counts: data.counts)
        let nb2 = try CountRegression.negativeBinomial(design: data.design, counts: data.counts, poissonFit: poisson)
        #expect(!nb2.isOnBoundary && nb2.alpha > 0)
        let reference = try reference(data, nb2Start: nb2.coefficients + [nb2.alpha])
        let p = try #require(reference["poisson"] as? [String: Any])
        let n = try #require(reference["nb2"] as? [String: Any])
        let z = Distributions.normalQuantile(0.975)
        for (fit, ref, tolerance) in [(poisson, p, 1e-6), (nb2, n, 1e-4)] {
            let params = try #require(ref["params"] as? [Double])
            let bse = try #require(ref["bse"] as? [Double])
            for j in 1..<params.count {
                // Rate ratio and 95% Wald interval per unit of the factor.
                #expect(relative(exp(fit.coefficients[j]), exp(params[j])) < tolerance)
                #expect(relative(exp(fit.coefficients[j] - z * fit.standardErrors[j]), exp(params[j] - z * bse[j])) < tolerance)
                #expect(relative(exp(fit.coefficients[j] + z * fit.standardErrors[j]), exp(params[j] + z * bse[j])) < tolerance)
            }
        }
        #expect(relative(nb2.alpha, try #require(n["alpha"] as? Double)) < 1e-4)
        #expect(relative(poisson.pearsonChi2PerDF, try #require(p["pearson_chi2_df"] as? Double)) < 1e-6)
    }

    @Test("Without extra variation, NB2 stays on the boundary: alpha 0 and the Poisson fit")
    func boundary() throws {
        // Counts equal to their mean give a negative score for alpha at 0.
        let design = (0..<100).map { [1.0, Double($0 % 5)] }
        let counts = (0..<100).map { _ in 2.0 }
        let nb2 = try CountRegression.negativeBinomial(design: design, counts: counts)
        #expect(nb2.isOnBoundary && nb2.alpha == 0)
    }

    @Test("Separation: every episode on days with one value of a factor has no maximum")
    func separation() {
        let design = (0..<60).map { [1.0, $0 % 2 == 0 ? 1.0 : 0.0] }
        let counts = (0..<60).map { $0 % 2 == 0 ? 2.0 : 0.0 }
        #expect(throws: CountRegression.FitError.noMaximum) { try CountRegression.poisson(design: design, counts: counts) }
    }

    @Test("Distributions: normal and t quantiles, and p-values that don't underflow")
    func distributions() {
        #expect(abs(Distributions.normalQuantile(0.975) - 1.959963984540054) < 1e-15)
        #expect(abs(Distributions.studentTQuantile(0.975, df: 5) - 2.5705818356363146) < 1e-12)  // scipy.stats.t.ppf(0.975, 5)
        #expect(abs(Distributions.studentTCDF(-2, df: 3) - 0.06966298427942152) < 1e-13)  // scipy.stats.t.cdf(-2, 3)
        #expect(Distributions.normalTwoSidedP(30) > 0)
        let adjusted: [Double] = CountRegression.holm([0.01, 0.04, 0.03])
        let expected: [Double] = [0.03, 0.06, 0.06]
        #expect(zip(adjusted, expected).allSatisfy { abs($0 - $1) < 1e-15 })
    }
}
