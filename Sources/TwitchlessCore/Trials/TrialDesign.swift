/// A randomized N-of-1 crossover trial of magnesium: B blocks, each with one magnesium and one control period of
/// L days whose first W days are washout (not analysed). Periods follow each other without gaps.
public struct TrialDesign: Hashable, Sendable {
    public enum Arm: String, Hashable, Sendable, Codable {
        case magnesium, control
    }

    public var startDate: LocalDate
    public var blocks: Int
    public var periodDays: Int
    public var washoutDays: Int
    /// The product taken in magnesium periods, and how many servings a day.
    public var product: String
    public var servings: Double
    /// Whether control periods use the person's own placebo (otherwise no supplement).
    public var usesPlacebo: Bool
    /// The stored seed and the order of arms in each block that it gave.
    public var seed: UInt64
    public var allocation: [[Arm]]
    /// Set when the person stopped the trial before its planned end.
    public var stop: Stop?

    /// A trial stopped early: the day it was stopped (the first day no longer in the trial) and the person's reason.
    public struct Stop: Hashable, Sendable {
        public var date: LocalDate
        public var reason: String

        public init(date: LocalDate, reason: String) {
            self.date = date
            self.reason = reason
        }
    }

    /// The smallest randomization p possible with this many blocks: 2 / 2^B.
    public static func smallestP(blocks: Int) -> Double { 2 / Double(1 << blocks) }

    /// A design whose order within each block comes from `seed` (the same seed always gives the same order).
    /// - Throws: `invalidInput` for fewer than 3 blocks or a washout that leaves no analysed days.
    public init(
        startDate: LocalDate,
        blocks: Int,
        periodDays: Int,
        washoutDays: Int,
        product: String,
        servings: Double,
        usesPlacebo: Bool,
        seed: UInt64
    ) throws(TwitchlessError) {
        guard blocks >= 3, blocks <= 12 else {
            throw .invalidInput(
                "A trial needs 3 to 12 blocks; \(blocks) \(blocks == 1 ? "was" : "were") asked for.",
                fix: "With 3 blocks the smallest possible p is 0.25; 6 blocks (the default) allow about 0.03."
            )
        }
        guard periodDays >= 2, periodDays <= 60, washoutDays >= 0, washoutDays < periodDays else {
            throw .invalidInput(
                "Each period needs more days than its washout (period \(periodDays) days, washout \(washoutDays)).",
                fix: "For example 14 days in each period with 4 washout days."
            )
        }
        try LocalDate.checkLoggable(startDate, what: "trial's first day")
        try LocalDate.checkLoggable(startDate.adding(days: blocks * 2 * periodDays - 1), what: "trial's last day")
        self.startDate = startDate
        self.blocks = blocks
        self.periodDays = periodDays
        self.washoutDays = washoutDays
        self.product = product
        self.servings = servings
        self.usesPlacebo = usesPlacebo
        self.seed = seed
        var generator = SplitMix64(state: seed)
        self.allocation = (0..<blocks).map { _ in generator.next() & 1 == 0 ? [.magnesium, .control] : [.control, .magnesium] }
    }

    /// The last day of the trial as planned.
    public var endDate: LocalDate { startDate.adding(days: blocks * 2 * periodDays - 1) }

    /// The last day that belongs to the trial: the planned end, or the day before it was stopped. Before the start
    /// when it was stopped before it began.
    public var lastDay: LocalDate {
        guard let stop else { return endDate }
        return min(endDate, stop.date.adding(days: -1))
    }

    /// Whether `date` is within the trial (from its first day to its last, stopped early or not).
    public func isRunning(on date: LocalDate) -> Bool { startDate <= date && date <= lastDay }

    /// Where a date falls in the trial.
    public struct Position: Hashable, Sendable {
        public var block: Int
        public var arm: Arm
        /// 1-based day within the period.
        public var dayInPeriod: Int
        public var isWashout: Bool
    }

    /// The block, arm and day of `date`, or nil outside the trial.
    public func position(on date: LocalDate) -> Position? {
        let offset = startDate.days(until: date)
        guard offset >= 0, date <= lastDay else { return nil }
        let period = offset / periodDays
        let day = offset % periodDays + 1
        return Position(block: period / 2, arm: allocation[period / 2][period % 2], dayInPeriod: day, isWashout: day <= washoutDays)
    }

    /// The first and last day of one period.
    public func period(block: Int, arm: Arm) -> ClosedRange<LocalDate> {
        let index = block * 2 + (allocation[block][0] == arm ? 0 : 1)
        let first = startDate.adding(days: index * periodDays)
        return first...first.adding(days: periodDays - 1)
    }
}

/// SplitMix64: a small, well-known generator, so a stored seed reproduces the allocation everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
