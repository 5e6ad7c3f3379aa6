package import TwitchlessCore
package import TwitchlessStore

/// The N-of-1 trial as a person meets it: a preview of a design (nothing stored), starting it (the order drawn
/// at random), and where it stands today. One action each for every surface.
package enum TrialPlanning {
    package struct Plan: Sendable {
        package var design: TrialDesign
        /// The plan in plain words.
        package var lines: [String]
    }

    package struct Status: Sendable {
        package var design: TrialDesign
        /// What to take today and where today falls, or nil before the trial starts or after it ends.
        package var today: (what: String, position: String)?
        package var isTrackedToday: Bool
        /// The report so far, from its first day on.
        package var report: TrialReport?
    }

    /// The design the request asks for, after the safety checks; nothing is stored.
    package static func preview(_ request: TrialRequest, context: AppContext) async throws(TwitchlessError) -> Plan {
        try await context.read { session in
            let design = try await TrialSupport.design(request, seed: 0, in: session, context: context)
            let product = try await session.product(named: design.product)
            return Plan(design: design, lines: TrialSupport.describe(design, daily: product.map { $0.product.elementalPerServing * design.servings }))
        }
    }

    /// Draws the order at random (from `seed` when given, for a reproducible run) and stores the trial; the safety
    /// and overlap checks and the write are one transaction.
    /// - Throws: `invalidInput` for a design the checks refuse or a start in the past; `notFound` for a product the person doesn't have.
    package static func start(_ request: TrialRequest, seed: UInt64? = nil, context: AppContext) async throws(TwitchlessError) -> Plan {
        var system = SystemRandomNumberGenerator()
        let drawn = seed ?? system.next()
        return try await context.write { session in
            let design = try await TrialSupport.design(request, seed: drawn, in: session, context: context)
            guard design.startDate >= context.today else {
                throw TwitchlessError.invalidInput(
                    "A trial can't start in the past (\(DateWords.day(design.startDate))).",
                    fix: "Start today or later."
                )
            }
            try await session.insertTrial(design)
            return Plan(design: design, lines: TrialSupport.describe(design, daily: nil))
        }
    }

    /// The reason for stopping, at most this long.
    package static let stopReasonLength = 500

    /// Stops the current trial before its planned end, with the person's reason, which the report states (CENT 2015
    /// asks a report to say when and why a trial stopped early). There is no pause: a paused trial breaks its design.
    /// Today is the first day no longer in the trial; a trial that has not begun yet is stopped before it begins.
    /// - Throws: `notFound` when there is no trial; `invalidInput` without a reason, for a trial that has already
    ///   ended, or for one stopped already.
    package static func stop(reason: String?, context: AppContext) async throws(TwitchlessError) -> Status {
        guard let reason = try NoteText.clean(reason) else {
            throw .invalidInput(
                "Please say why you are stopping the trial.",
                fix: "A few words are enough, for example \"the twitching stopped\" or \"I started a new medicine\". The report keeps them."
            )
        }
        guard reason.count <= stopReasonLength else {
            throw .invalidInput("The reason is \(reason.count) characters long.", fix: "Please keep it to \(stopReasonLength) characters.")
        }
        let today = context.today
        try await context.write { session in
            let trials = try await session.trials()
            // The current trial: the one running, else the next one not begun yet.
            guard let design = trials.first(where: { $0.stop == nil && today <= $0.endDate }) else {
                if let last = trials.last {
                    if let stop = last.stop {
                        throw TwitchlessError.invalidInput("Your trial was already stopped on \(DateWords.day(stop.date)).", next: .seeTrialReport)
                    }
                    throw TwitchlessError.invalidInput(
                        "Your trial already ended on \(DateWords.day(last.endDate)), so there is nothing to stop.",
                        next: .seeTrialReport
                    )
                }
                throw TwitchlessError.notFound("You haven't started a trial.", fix: "Design one first.", next: .designTrial)
            }
            _ = try await session.stopTrial(startingOn: design.startDate, .init(date: max(today, design.startDate), reason: reason))
        }
        guard let status = try await status(context: context) else { throw .notFound("You haven't started a trial.", next: .designTrial) }
        return status
    }

    /// The current trial (running now, else the latest) with today's place in it; nil when there is none.
    package static func status(context: AppContext) async throws(TwitchlessError) -> Status? {
        let (trials, tracked) = try await context.read { session in
            (try await session.trials(), try await session.dayLog(on: context.today)?.isTracked ?? false)
        }
        guard !trials.isEmpty else { return nil }
        let design = try await TrialSupport.current(context: context)
        let report =
            context.today >= design.startDate && design.lastDay >= design.startDate ? try await TrialSupport.report(design, context: context) : nil
        return Status(design: design, today: TrialWording.instruction(design, on: context.today), isTrackedToday: tracked, report: report)
    }
}
