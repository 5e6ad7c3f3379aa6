/// The analysis of a randomized N-of-1 crossover trial: blocks, each with a magnesium and a control period.
///
/// Per block d = control mean − magnesium mean (daily episode counts over analysed days), so d > 0 favours magnesium.
/// The estimate is the mean of d with a t(B−1) interval and the paired t-test; the primary p is the exact randomization
/// p over all 2^B within-block orders; P(benefit) is the Student t posterior probability that the mean difference is
/// positive under a flat prior. Numbers that are undefined (one block, or no spread) are nil.
public struct TrialStatistics: Sendable, Equatable {
    /// One block's analysed data.
    public struct Block: Sendable, Equatable {
        /// Episode total and analysed days in the magnesium period.
        public var magnesiumEpisodes: Int
        public var magnesiumDays: Int
        public var controlEpisodes: Int
        public var controlDays: Int

        public init(magnesiumEpisodes: Int, magnesiumDays: Int, controlEpisodes: Int, controlDays: Int) {
            self.magnesiumEpisodes = magnesiumEpisodes
            self.magnesiumDays = magnesiumDays
            self.controlEpisodes = controlEpisodes
            self.controlDays = controlDays
        }

        public var magnesiumMean: Double? { magnesiumDays > 0 ? Double(magnesiumEpisodes) / Double(magnesiumDays) : nil }
        public var controlMean: Double? { controlDays > 0 ? Double(controlEpisodes) / Double(controlDays) : nil }
        public var difference: Double? {
            guard let c = controlMean, let m = magnesiumMean else { return nil }
            return c - m
        }
    }

    public var blocks: [Block]
    public var estimate: Double?
    public var ciLow: Double?
    public var ciHigh: Double?
    public var pT: Double?
    public var pRandomization: Double?
    public var probabilityOfBenefit: Double?

    /// Analyses the blocks that have analysed days in both arms.
    public init(blocks: [Block]) {
        self.blocks = blocks
        let usable = blocks.filter { $0.difference != nil }
        let d = usable.compactMap(\.difference)
        let b = Double(d.count)
        guard !d.isEmpty else { return }
        let mean = d.reduce(0, +) / b
        estimate = mean
        pRandomization = Self.randomizationP(usable)
        guard d.count >= 2 else { return }
        let variance = d.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (b - 1)
        let se = (variance / b).squareRoot()
        guard se > 0, se.isFinite else { return }
        let df = b - 1
        let q = Distributions.studentTQuantile(0.975, df: df)
        ciLow = mean - q * se
        ciHigh = mean + q * se
        let t = mean / se
        pT = 2 * Distributions.studentTCDF(-abs(t), df: df)
        probabilityOfBenefit = Distributions.studentTCDF(t, df: df)
    }

    /// Two-sided exact p: the share of the 2^B within-block orders whose |statistic| is at least the observed one.
    /// With equal analysed days in every period the statistic is a sum of integer episode totals, so ties are exact;
    /// otherwise a relative tolerance of 1e-9 counts near-equal values as ties.
    static func randomizationP(_ blocks: [Block]) -> Double? {
        guard !blocks.isEmpty, blocks.count <= 20 else { return nil }
        let equalDays = Set(blocks.flatMap { [$0.magnesiumDays, $0.controlDays] }).count == 1
        let count = 1 << blocks.count
        var extreme = 0
        if equalDays {
            let totals = blocks.map { $0.controlEpisodes - $0.magnesiumEpisodes }
            let observed = abs(totals.reduce(0, +))
            for mask in 0..<count {
                var sum = 0
                for (index, total) in totals.enumerated() { sum += (mask >> index) & 1 == 1 ? -total : total }
                if abs(sum) >= observed { extreme += 1 }
            }
        } else {
            let d = blocks.compactMap(\.difference)
            let observed = abs(d.reduce(0, +))
            for mask in 0..<count {
                var sum = 0.0
                for (index, value) in d.enumerated() { sum += (mask >> index) & 1 == 1 ? -value : value }
                if abs(sum) >= observed - 1e-9 * max(observed, 1) { extreme += 1 }
            }
        }
        return Double(extreme) / Double(count)
    }
}
