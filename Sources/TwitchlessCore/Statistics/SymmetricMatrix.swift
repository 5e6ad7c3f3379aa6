/// A small dense symmetric positive-definite matrix: Cholesky solve and inverse for model fitting.
struct SymmetricMatrix {
    var n: Int
    var values: [Double]

    init(size: Int) {
        n = size
        values = Array(repeating: 0, count: size * size)
    }

    subscript(i: Int, j: Int) -> Double {
        get { values[i * n + j] }
        set { values[i * n + j] = newValue }
    }

    /// The lower Cholesky factor, or nil when the matrix is not positive definite.
    func cholesky() -> [Double]? {
        var l = Array(repeating: 0.0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = self[i, j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0, sum.isFinite else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        return l
    }

    /// Solves A x = b; nil when A is not positive definite.
    func solve(_ b: [Double]) -> [Double]? {
        guard let l = cholesky() else { return nil }
        var y = b
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i * n + k] * y[k] }
            y[i] /= l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { y[i] -= l[k * n + i] * y[k] }
            y[i] /= l[i * n + i]
        }
        return y
    }

    /// The inverse; nil when A is not positive definite.
    func inverse() -> SymmetricMatrix? {
        var result = SymmetricMatrix(size: n)
        for column in 0..<n {
            var unit = Array(repeating: 0.0, count: n)
            unit[column] = 1
            guard let solved = solve(unit) else { return nil }
            for row in 0..<n { result[row, column] = solved[row] }
        }
        return result
    }
}
