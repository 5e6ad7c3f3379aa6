import Foundation

/// Poisson and negative binomial (NB2) regression of daily counts, fitted by Newton's method to full convergence.
public enum CountRegression {
    /// A fitted model.
    public struct Fit: Sendable, Equatable {
        /// Coefficients in the order of the design's columns (the first is the intercept).
        public var coefficients: [Double]
        /// Standard errors from the inverse of the negative Hessian at the optimum.
        public var standardErrors: [Double]
        /// NB2 dispersion (0 for Poisson, and for NB2 on the boundary).
        public var alpha: Double
        public var logLikelihood: Double
        public var iterations: Int
        /// Pearson chi-squared divided by the residual degrees of freedom.
        public var pearsonChi2PerDF: Double
        /// True when NB2 found no extra variation (the score for alpha at alpha = 0 is not positive).
        public var isOnBoundary: Bool
    }

    public enum FitError: Error, Equatable, Sendable {
        /// The likelihood has no maximum: coefficients run off to infinity (separation), or the design is singular.
        case noMaximum
    }

    /// Fits a Poisson GLM with log link.
    /// - Parameters:
    ///   - design: rows of covariates, each starting with 1 for the intercept.
    ///   - counts: the outcome per row.
    public static func poisson(design: [[Double]], counts: [Double]) throws(FitError) -> Fit {
        let n = counts.count
        let p = design.first?.count ?? 0
        guard n > p, p > 0 else { throw .noMaximum }
        let mean = counts.reduce(0, +) / Double(n)
        guard mean > 0 else { throw .noMaximum }
        var beta = Array(repeating: 0.0, count: p)
        beta[0] = log(mean)
        func logLikelihood(_ beta: [Double]) -> Double {
            var total = 0.0
            for i in 0..<n {
                let eta = dot(design[i], beta)
                total += counts[i] * eta - exp(eta) - lgamma(counts[i] + 1)
            }
            return total
        }
        var current = logLikelihood(beta)
        var iterations = 0
        var information = SymmetricMatrix(size: p)
        while iterations < 100 {
            iterations += 1
            var gradient = Array(repeating: 0.0, count: p)
            information = SymmetricMatrix(size: p)
            for i in 0..<n {
                let mu = exp(dot(design[i], beta))
                let row = design[i]
                for j in 0..<p {
                    gradient[j] += row[j] * (counts[i] - mu)
                    for k in 0...j { information[j, k] += row[j] * row[k] * mu }
                }
            }
            symmetrize(&information)
            guard let step = information.solve(gradient) else { throw .noMaximum }
            var scale = 1.0
            var candidate = zip(beta, step).map { $0 + scale * $1 }
            var next = logLikelihood(candidate)
            while !(next >= current - 1e-12 * abs(current)) && scale > 1e-10 {
                scale /= 2
                candidate = zip(beta, step).map { $0 + scale * $1 }
                next = logLikelihood(candidate)
            }
            let change = zip(candidate, beta).map { abs($0 - $1) }.max() ?? 0
            beta = candidate
            let previous = current
            current = next
            if change < 1e-12 || (abs(current - previous) <= 1e-15 * abs(current) && change < 1e-9) { break }
        }
        guard beta.allSatisfy({ abs($0) < 50 && $0.isFinite }), iterations < 100 else { throw .noMaximum }
        // Final information at the optimum.
        information = SymmetricMatrix(size: p)
        var pearson = 0.0
        for i in 0..<n {
            let mu = exp(dot(design[i], beta))
            pearson += (counts[i] - mu) * (counts[i] - mu) / mu
            for j in 0..<p { for k in 0...j { information[j, k] += design[i][j] * design[i][k] * mu } }
        }
        symmetrize(&information)
        guard let covariance = information.inverse() else { throw .noMaximum }
        let errors = (0..<p).map { covariance[$0, $0].squareRoot() }
        guard errors.allSatisfy({ $0.isFinite && $0 < 1e6 }) else { throw .noMaximum }
        return Fit(
            coefficients: beta,
            standardErrors: errors,
            alpha: 0,
            logLikelihood: current,
            iterations: iterations,
            pearsonChi2PerDF: pearson / Double(n - p),
            isOnBoundary: false
        )
    }

    /// Fits NB2 (variance mu + alpha mu^2) by Newton on the full (beta, alpha) likelihood with the analytic Hessian.
    /// When the score for alpha at alpha = 0, evaluated at the Poisson fit, is not positive, the maximum is on the
    /// boundary and the Poisson fit is returned with alpha = 0.
    public static func negativeBinomial(design: [[Double]], counts: [Double], poissonFit: Fit? = nil) throws(FitError) -> Fit {
        let start: Fit
        if let poissonFit { start = poissonFit } else { start = try poisson(design: design, counts: counts) }
        let n = counts.count
        let p = start.coefficients.count
        var score0 = 0.0
        var moments = 0.0
        var squares = 0.0
        for i in 0..<n {
            let mu = exp(dot(design[i], start.coefficients))
            score0 += ((counts[i] - mu) * (counts[i] - mu) - counts[i]) / 2
            moments += (counts[i] - mu) * (counts[i] - mu) - counts[i]
            squares += mu * mu
        }
        if score0 <= 0 {
            var fit = start
            fit.isOnBoundary = true
            return fit
        }
        var beta = start.coefficients
        var alpha = max(moments / squares, 1e-4)
        let counted = counts.map { Int($0.rounded()) }
        // Log-likelihood, gradient and Hessian over (beta, alpha); the gamma-function terms are exact sums for counts.
        func evaluate(_ beta: [Double], _ alpha: Double, derivatives: Bool) -> (Double, [Double], SymmetricMatrix) {
            let r = 1 / alpha
            var ll = 0.0
            var gradient = Array(repeating: 0.0, count: p + 1)
            var hessian = SymmetricMatrix(size: p + 1)
            for i in 0..<n {
                let y = counts[i]
                let mu = exp(dot(design[i], beta))
                let k = counted[i]
                var sumLog = 0.0
                var sumInv = 0.0
                var sumInv2 = 0.0
                for j in 0..<k {
                    let v = r + Double(j)
                    sumLog += log(v)
                    sumInv += 1 / v
                    sumInv2 += 1 / (v * v)
                }
                let onePlus = 1 + alpha * mu
                ll += sumLog - lgamma(y + 1) - r * log(onePlus) + y * log(alpha * mu) - y * log(onePlus)
                guard derivatives else { continue }
                let row = design[i]
                let a = sumInv - log(onePlus)
                let b = (y - mu) / onePlus
                for j in 0..<p {
                    gradient[j] += row[j] * b
                    for l in 0...j { hessian[j, l] -= row[j] * row[l] * mu * (1 + alpha * y) / (onePlus * onePlus) }
                    hessian[p, j] -= row[j] * mu * (y - mu) / (onePlus * onePlus)
                }
                gradient[p] += -r * r * a + r * b
                hessian[p, p] +=
                    2 * r * r * r * a - r * r * r * r * sumInv2 + r * r * mu / onePlus
                    - r * r * b - r * (y - mu) * mu / (onePlus * onePlus)
            }
            return (ll, gradient, hessian)
        }
        var (current, _, _) = evaluate(beta, alpha, derivatives: false)
        var iterations = 0
        while iterations < 200 {
            iterations += 1
            var (_, gradient, hessian) = evaluate(beta, alpha, derivatives: true)
            symmetrize(&hessian)
            var negative = hessian
            negative.values = negative.values.map { -$0 }
            guard let step = negative.solve(gradient) else { throw .noMaximum }
            var scale = 1.0
            func candidate(_ scale: Double) -> ([Double], Double) {
                (zip(beta, step).map { $0 + scale * $1 }, alpha + scale * step[p])
            }
            var (nextBeta, nextAlpha) = candidate(scale)
            while nextAlpha <= 0 && scale > 1e-12 {
                scale /= 2
                (nextBeta, nextAlpha) = candidate(scale)
            }
            var next = evaluate(nextBeta, nextAlpha, derivatives: false).0
            while !(next >= current - 1e-12 * abs(current)) && scale > 1e-12 {
                scale /= 2
                (nextBeta, nextAlpha) = candidate(scale)
                next = evaluate(nextBeta, nextAlpha, derivatives: false).0
            }
            let change = max(zip(nextBeta, beta).map { abs($0 - $1) }.max() ?? 0, abs(nextAlpha - alpha))
            beta = nextBeta
            alpha = nextAlpha
            current = next
            if change < 1e-12 { break }
        }
        guard iterations < 200, alpha.isFinite, beta.allSatisfy({ $0.isFinite && abs($0) < 50 }) else { throw .noMaximum }
        var (_, _, hessian) = evaluate(beta, alpha, derivatives: true)
        symmetrize(&hessian)
        var information = hessian
        information.values = information.values.map { -$0 }
        guard let covariance = information.inverse() else { throw .noMaximum }
        var pearson = 0.0
        for i in 0..<n {
            let mu = exp(dot(design[i], start.coefficients))
            pearson += (counts[i] - mu) * (counts[i] - mu) / mu
        }
        return Fit(
            coefficients: beta,
            standardErrors: (0..<p).map { covariance[$0, $0].squareRoot() },
            alpha: alpha,
            logLikelihood: current,
            iterations: iterations,
            pearsonChi2PerDF: start.pearsonChi2PerDF,
            isOnBoundary: false
        )
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var total = 0.0
        for i in 0..<a.count { total += a[i] * b[i] }
        return total
    }

    static func symmetrize(_ matrix: inout SymmetricMatrix) {
        for j in 0..<matrix.n { for k in 0..<j { matrix[k, j] = matrix[j, k] } }
    }

    /// Holm's step-down adjustment of p-values (same order as given).
    public static func holm(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var adjusted = Array(repeating: 0.0, count: pValues.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(pValues.count - rank) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
