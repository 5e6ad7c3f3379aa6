package import TwitchlessCore

/// A trial's design, as `trial show --json` and the API's `/api/v1/trial` show it.
package struct TrialDocument: Encodable, Sendable {
    package var start: String
    package var end: String
    package var product: String
    package var servings: Double
    /// How many blocks the trial has.
    package var blocks: Int
    package var periodDays: Int
    package var washoutDays: Int
    package var placebo: Bool
    /// The random seed the order within each block was drawn with.
    package var seed: String
    /// Each block's arms in the order they come.
    package var blockArms: [[String]]
    /// The design in plain sentences.
    package var plan: [String]
    /// What to take today; null when today is not in the trial (or for a proposed design).
    @Nullable package var today: String?
    @Nullable package var todayArm: String?
    @Nullable package var todayPosition: String?
    /// The day the trial was stopped early (the first day no longer in it), and why; null when it wasn't.
    @Nullable package var stoppedOn: String?
    @Nullable package var stopReason: String?

    /// - Parameter today: the day to say what to take on; nil for a design not started yet.
    package init(_ design: TrialDesign, plan: [String], today: LocalDate?) {
        let position = today.flatMap { design.position(on: $0) }
        let instruction = today.flatMap { TrialWording.instruction(design, on: $0) }
        start = design.startDate.description
        end = design.endDate.description
        product = design.product
        servings = design.servings
        blocks = design.blocks
        periodDays = design.periodDays
        washoutDays = design.washoutDays
        placebo = design.usesPlacebo
        seed = String(design.seed)
        blockArms = design.allocation.map { $0.map(\.rawValue) }
        self.plan = plan
        self.today = instruction?.what
        todayArm = position?.arm.rawValue
        todayPosition = instruction?.position
        stoppedOn = design.stop?.date.description
        stopReason = design.stop?.reason
    }
}

/// What a trial shows so far, as `trial report --json` and `GET /api/v1/trial/report` show it.
package struct TrialReportDocument: Encodable, Sendable {
    package struct Block: Encodable, Sendable {
        @Nullable package var magnesiumMean: Double?
        @Nullable package var controlMean: Double?
        @Nullable package var difference: Double?
        package var analysedDays: Int
    }

    package struct Period: Encodable, Sendable {
        package var block: Int
        package var arm: String
        package var daysTaken: Int
        package var days: Int
    }

    package struct Adherence: Encodable, Sendable {
        package var periods: [Period]
        package var magnesiumDaysTaken: Int
        package var magnesiumDays: Int
        package var controlDaysTaken: Int
        package var controlDays: Int
    }

    package var interim: Bool
    /// The day the trial was stopped early, and why; null when it wasn't.
    @Nullable package var stoppedOn: String?
    @Nullable package var stopReason: String?
    package var blocks: [Block]
    @Nullable package var estimate: Double?
    @Nullable package var ciLow: Double?
    @Nullable package var ciHigh: Double?
    @Nullable package var pT: Double?
    @Nullable package var pRandomization: Double?
    @Nullable package var probBenefit: Double?
    package var adherence: Adherence
    package var untrackedDaysExcluded: Int
    /// The report in plain sentences.
    package var summary: [String]

    package init(_ report: TrialReport) {
        let stats = report.statistics
        interim = report.isInterim
        stoppedOn = report.design.stop?.date.description
        stopReason = report.design.stop?.reason
        blocks = report.blocks.map {
            Block(
                magnesiumMean: $0.data.magnesiumMean,
                controlMean: $0.data.controlMean,
                difference: $0.data.difference,
                analysedDays: $0.data.magnesiumDays + $0.data.controlDays
            )
        }
        estimate = stats.estimate
        ciLow = stats.ciLow
        ciHigh = stats.ciHigh
        pT = stats.pT
        pRandomization = stats.pRandomization
        probBenefit = stats.probabilityOfBenefit
        adherence = Adherence(
            periods: report.adherence.periods.map { Period(block: $0.block + 1, arm: $0.arm.rawValue, daysTaken: $0.daysTaken, days: $0.days) },
            magnesiumDaysTaken: report.adherence.magnesiumDaysTaken,
            magnesiumDays: report.adherence.magnesiumDays,
            controlDaysTaken: report.adherence.controlDaysTaken,
            controlDays: report.adherence.controlDays
        )
        untrackedDaysExcluded = report.untrackedDaysExcluded
        summary = TrialWording.lines(report).compactMap { line -> String? in
            switch line {
            case .sentence(let text), .plain(let text), .detail(let text): text
            case .blank: nil
            }
        }
    }
}
