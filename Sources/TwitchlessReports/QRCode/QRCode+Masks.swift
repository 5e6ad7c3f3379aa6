extension QRCode {
    /// Whether mask `mask` flips the module at column `x`, row `y`.
    static func masked(_ mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// The standard's penalty for a masked symbol: long runs, 2×2 blocks, finder-like patterns, and dark/light balance.
    var penalty: Int {
        var result = 0
        for transposed in [false, true] {
            for a in 0..<size {
                var runDark = false
                var run = 0
                var history = [Int](repeating: 0, count: 7)
                for b in 0..<size {
                    let dark = transposed ? modules[b][a] : modules[a][b]
                    if dark == runDark {
                        run += 1
                        if run == 5 { result += 3 } else if run > 5 { result += 1 }
                    } else {
                        addToHistory(run, &history)
                        if !runDark { result += finderLikeCount(history) * 40 }
                        runDark = dark
                        run = 1
                    }
                }
                if runDark {
                    addToHistory(run, &history)
                    run = 0
                }
                addToHistory(run + size, &history)
                result += finderLikeCount(history) * 40
            }
        }
        for y in 0..<size - 1 {
            for x in 0..<size - 1 {
                let dark = modules[y][x]
                if dark == modules[y][x + 1] && dark == modules[y + 1][x] && dark == modules[y + 1][x + 1] { result += 3 }
            }
        }
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        result += ((abs(dark * 20 - total * 10) + total - 1) / total - 1) * 10
        return result
    }

    /// Runs of the last seven, newest first; the light border counts before the first run.
    private func addToHistory(_ run: Int, _ history: inout [Int]) {
        let run = history[0] == 0 ? run + size : run
        history.removeLast()
        history.insert(run, at: 0)
    }

    /// Finder-like patterns (dark:light:dark:light:dark 1:1:3:1:1 with 4 light on one side) ending at the history.
    private func finderLikeCount(_ history: [Int]) -> Int {
        let n = history[1]
        let core = n > 0 && history[2] == n && history[3] == n * 3 && history[4] == n && history[5] == n
        return (core && history[0] >= n * 4 && history[6] >= n ? 1 : 0) + (core && history[6] >= n * 4 && history[0] >= n ? 1 : 0)
    }

    // MARK: Modules

    mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
        modules[y][x] = dark
        isFunction[y][x] = true
    }
}
