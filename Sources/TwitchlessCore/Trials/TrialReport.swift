/// The analysis of a trial so far: analysed tracked days per period, the statistics and adherence.
public struct TrialReport: Sendable {
    public struct BlockResult: Sendable {
        public var block: Int
        public var data: TrialStatistics.Block
    }

    /// One period's adherence: analysed days with the trial product logged, out of analysed days.
    public struct PeriodAdherence: Sendable {
        public var block: Int
        public var arm: TrialDesign.Arm
        public var daysTaken: Int
        public var days: Int
    }

    public struct Adherence: Sendable {
        /// Analysed magnesium-period days with the trial product logged.
        public var magnesiumDaysTaken: Int
        public var magnesiumDays: Int
        /// Analysed control-period days with the trial product logged (should be 0).
        public var controlDaysTaken: Int
        public var controlDays: Int
        public var periods: [PeriodAdherence] = []
    }

    public var design: TrialDesign
    public var blocks: [BlockResult]
    public var statistics: TrialStatistics
    public var adherence: Adherence
    /// Days in analysed windows (past, not washout) that were not tracked, so were left out.
    public var untrackedDaysExcluded: Int
    /// True while the trial is still running (a trial stopped early is final: nothing more will be added).
    public var isInterim: Bool

    /// Analyses the trial up to `today`: a day counts only when it is tracked (a day log or at least one episode).
    public init(design: TrialDesign, today: LocalDate, trackedDates: Set<LocalDate>, episodeCounts: [LocalDate: Int], productDays: Set<LocalDate>) {
        self.design = design
        var results: [BlockResult] = []
        var untracked = 0
        var adherence = Adherence(magnesiumDaysTaken: 0, magnesiumDays: 0, controlDaysTaken: 0, controlDays: 0)
        for block in 0..<design.blocks {
            var totals: [TrialDesign.Arm: (episodes: Int, days: Int)] = [.magnesium: (0, 0), .control: (0, 0)]
            for arm in [TrialDesign.Arm.magnesium, .control] {
                var period = PeriodAdherence(block: block, arm: arm, daysTaken: 0, days: 0)
                defer { adherence.periods.append(period) }
                for date in stride(from: 0, to: design.periodDays, by: 1).map({ design.period(block: block, arm: arm).lowerBound.adding(days: $0) }) {
                    guard date <= today, let position = design.position(on: date), !position.isWashout else { continue }
                    guard trackedDates.contains(date) || (episodeCounts[date] ?? 0) > 0 else {
                        untracked += 1
                        continue
                    }
                    totals[arm]!.episodes += episodeCounts[date] ?? 0
                    totals[arm]!.days += 1
                    period.days += 1
                    if productDays.contains(date) { period.daysTaken += 1 }
                    if arm == .magnesium {
                        adherence.magnesiumDays += 1
                        if productDays.contains(date) { adherence.magnesiumDaysTaken += 1 }
                    } else {
                        adherence.controlDays += 1
                        if productDays.contains(date) { adherence.controlDaysTaken += 1 }
                    }
                }
            }
            results.append(
                BlockResult(
                    block: block,
                    data: .init(
                        magnesiumEpisodes: totals[.magnesium]!.episodes,
                        magnesiumDays: totals[.magnesium]!.days,
                        controlEpisodes: totals[.control]!.episodes,
                        controlDays: totals[.control]!.days
                    )
                )
            )
        }
        self.blocks = results
        self.statistics = TrialStatistics(blocks: results.map(\.data))
        self.adherence = adherence
        self.untrackedDaysExcluded = untracked
        self.isInterim = design.stop == nil && today < design.endDate
    }
}
