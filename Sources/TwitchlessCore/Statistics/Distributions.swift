import Foundation

/// The distributions the analyses need, computed to double precision without tables.
public enum Distributions {
    /// Two-sided p-value of a standard normal statistic, via the complementary error function so it never
    /// underflows to 0 for large |z| before the double range does.
    public static func normalTwoSidedP(_ z: Double) -> Double {
        erfc(abs(z) / 2.0.squareRoot())
    }

    /// The standard normal quantile (Wichura's algorithm AS 241, about 1e-16 relative accuracy).
    public static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "p must be in (0, 1)")
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let a = [
                3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
                45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
            ]
            let b = [
                1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
                21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925,
            ]
            return q * polynomial(a, r) / polynomial(b, r)
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        var value: Double
        if r <= 5 {
            r -= 1.6
            let c = [
                1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
                1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
            ]
            let d = [
                1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
                0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
            ]
            value = polynomial(c, r) / polynomial(d, r)
        } else {
            r -= 5
            let e = [
                6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
                0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
            ]
            let f = [
                1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
                7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
            ]
            value = polynomial(e, r) / polynomial(f, r)
        }
        return q < 0 ? -value : value
    }

    static func polynomial(_ coefficients: [Double], _ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }

    /// P(T ≤ t) for Student's t with `df` degrees of freedom.
    public static func studentTCDF(_ t: Double, df: Double) -> Double {
        let x = df / (df + t * t)
        let tail = 0.5 * regularizedIncompleteBeta(df / 2, 0.5, x)
        return t >= 0 ? 1 - tail : tail
    }

    /// The t quantile: the value with P(T ≤ value) = p, by bisection to machine precision.
    public static func studentTQuantile(_ p: Double, df: Double) -> Double {
        precondition(p > 0 && p < 1, "p must be in (0, 1)")
        var low = -1.0
        var high = 1.0
        while studentTCDF(low, df: df) > p { low *= 2 }
        while studentTCDF(high, df: df) < p { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if studentTCDF(middle, df: df) < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// The regularized incomplete beta function I_x(a, b), by Lentz's continued fraction.
    public static func regularizedIncompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x))
        if x > (a + 1) / (a + b + 2) { return 1 - regularizedIncompleteBeta(b, a, 1 - x) }
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for m in 1...1000 {
            let m = Double(m)
            var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return front * fraction / a
    }
}
