import Foundation
package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// Gathers every active notice for `check` and `today`, most urgent first.
package enum SafetyReview {
    /// How far back logged intakes are checked against medicine windows.
    package static let timingLookbackDays = 7

    /// - Parameter summary: today's summary, when the caller has read it already.
    package static func notices(context: AppContext, summary: DaySummary? = nil) async throws(TwitchlessError) -> [Notice] {
        try await review(context: context, summary: summary).notices
    }

    /// Every active notice, most urgent first, with the red flags among them (for the buttons that mark them).
    /// - Parameter summary: today's summary, when the caller has read it already.
    package static func review(
        context: AppContext,
        summary known: DaySummary? = nil
    ) async throws(TwitchlessError) -> (notices: [Notice], flags: [RaisedRedFlag]) {
        let today = context.today
        let summary: DaySummary
        if let known, known.date == today { summary = known } else { summary = try await DaySummaryLoader.load(context: context, date: today) }
        let range = today.adding(days: -(timingLookbackDays - 1))...today
        let (medicines, intakes) = try await context.read { session in
            (try await session.medicines(), try await session.supplementIntakes(in: range))
        }
        let matcher = try context.reference.medicineMatcher()
        let conflicts = TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: intakes, clock: context.clock)
        let builder = MedicineNotices(matcher: matcher)
        let raised = try await activeRedFlags(context: context)
        let flags = raised.map { $0.notice() }
        let book = try context.reference.noticeBook()
        // The kidney notice appears in `check` whether or not a supplement is planned yet (POLICIES.md: Kidney disease).
        let kidney = [book.kidneyNotice(for: context.profile.kidneyDisease)].compactMap { $0 }
        var notices =
            flags + summary.notices + kidney + builder.timingNotices(conflicts)
            + builder.adviceNotices(medicines, today: today, includingTiming: false, includingOnce: true)
            + (try unknownMedicineNotices(medicines, today: today, context: context))
            + (try await diarrhoeaNotices(context: context))
            + (try await foodFirstNotices(context: context, target: summary.targets.recommended))
        var seen = Set<String>()
        notices = notices.filter { seen.insert($0.id + "|" + $0.message).inserted }
        return (notices.sortedByUrgency(), raised)
    }

    /// A standing notice for each medicine in effect whose name Twitchless doesn't recognise: unknown, never "no interaction".
    package static func unknownMedicineNotices(_ medicines: [Medicine], today: LocalDate, context: AppContext) throws(TwitchlessError) -> [Notice] {
        let matcher = try context.reference.medicineMatcher()
        let book = try context.reference.noticeBook()
        return medicines.filter { $0.isInEffect(on: today) && !matcher.match($0.name, chosen: $0.chosenRule).isKnown }.compactMap { medicine in
            book.notice(.medicineUnknown, ["name": medicine.name])
        }
    }

    /// Timing notices for one new intake.
    package static func timingNotices(for intake: SupplementIntake, context: AppContext) async throws(TwitchlessError) -> [Notice] {
        let medicines = try await context.read { try await $0.medicines() }
        let matcher = try context.reference.medicineMatcher()
        let conflicts = TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: [intake], clock: context.clock)
        return MedicineNotices(matcher: matcher).timingNotices(conflicts)
    }

    /// The red flags shown now, over the whole history, most urgent first.
    package static func activeRedFlags(context: AppContext) async throws(TwitchlessError) -> [RaisedRedFlag] {
        try await context.read { session in try await activeRedFlags(in: session, context: context) }
    }

    /// The red flags shown now, read in an open transaction (so a write sees its own changes).
    package static func activeRedFlags(in session: StoreSession, context: AppContext) async throws -> [RaisedRedFlag] {
        let evaluator = try context.reference.redFlagEvaluator()
        return evaluator.evaluate(try await redFlagInput(in: session, context: context, evaluator: evaluator))
    }

    /// Every red flag ever raised, with its dates and whether it was marked (for the doctor report).
    package static func redFlagHistory(context: AppContext) async throws(TwitchlessError) -> [RaisedRedFlag] {
        let evaluator = try context.reference.redFlagEvaluator()
        let input = try await context.read { session in try await redFlagInput(in: session, context: context, evaluator: evaluator) }
        return evaluator.history(input)
    }

    /// Runs `change` in one write transaction and returns, with its result, the red flags it raised: the flags shown
    /// after it that were not shown before it, read in the same transaction.
    /// - Parameter changed: the context after the change, when the change is to the profile itself.
    package static func raising<T: Sendable>(
        context: AppContext,
        changed: AppContext? = nil,
        _ change: @escaping @Sendable (StoreSession) async throws -> T
    ) async throws(TwitchlessError)
        -> (result: T, raised: [RaisedRedFlag], after: [RaisedRedFlag])
    {
        try await context.write { session in try await raising(in: session, context: context, changed: changed, change) }
    }

    /// `raising(context:changed:_:)` in an open write transaction.
    package static func raising<T: Sendable>(
        in session: StoreSession,
        context: AppContext,
        changed: AppContext? = nil,
        _ change: @Sendable (StoreSession) async throws -> T
    ) async throws
        -> (result: T, raised: [RaisedRedFlag], after: [RaisedRedFlag])
    {
        let before = try await activeRedFlags(in: session, context: context)
        let result = try await change(session)
        let after = try await activeRedFlags(in: session, context: changed ?? context)
        return (result, newFlags(before: before, after: after), after)
    }

    /// What the red-flag rules need: the whole log, the days with supplemental magnesium around symptoms that count
    /// for the too-much-magnesium rules, the acid reducers and the person's emergency number.
    static func redFlagInput(in session: StoreSession, context: AppContext, evaluator: RedFlagEvaluator) async throws -> RedFlagEvaluator.Input {
        let today = context.today
        let (episodes, symptoms, stored, medicines, starts) = (
            try await session.allEpisodesForSafety(), try await session.symptoms(), try await session.acknowledgements(),
            try await session.medicines(), try await session.regionStarts()
        )
        // The day each flag was marked, in the person's zone.
        let acks = stored.map { ack in
            var local = ack
            if let at = ack.markedAt { local.markedOn = context.clock.timestamp(epochSeconds: at).localDate }
            return local
        }
        // Supplemental magnesium by day, from the earliest symptom that a too-much-magnesium rule reads.
        let roles = symptoms.filter { evaluator.symptoms[$0.key]?.magnesiumRole != nil }
        var supplemental: [LocalDate: Milligrams] = [:]
        if let earliest = roles.map(\.at.localDate).min() {
            let range = earliest.adding(days: -(evaluator.policy.magnesiumSignsLookbackDays - 1))...max(today, earliest)
            let (totals, days) = (try await session.supplementTotals(in: range), try await session.dayLogs(in: range))
            supplemental = totals
            for day in days {
                if let reported = day.reportedSupplementMagnesium {
                    supplemental[day.date, default: .zero] = supplemental[day.date, default: .zero] + reported
                }
            }
        }
        let reference = try context.reference.intakeReference()
        let overLimit = Set(
            supplemental.compactMap { date, amount -> LocalDate? in
                guard let limit = reference.targets(for: context.profile, on: date).upperLimit.limit, amount > limit else { return nil }
                return date
            }
        )
        let matcher = try context.reference.medicineMatcher()
        let ppis = medicines.filter { matcher.match($0.name, chosen: $0.chosenRule).rules.contains { $0.id == "ppi" } }
        return RedFlagEvaluator.Input(
            episodes: episodes,
            symptoms: symptoms,
            acknowledgements: acks,
            today: today,
            now: Int64(context.now.timeIntervalSince1970),
            magnesiumDays: Set(supplemental.filter { $0.value.micrograms > 0 }.keys),
            overLimitDays: overLimit,
            hasKidneyDisease: context.profile.kidneyDisease.needsDoctorForSupplements,
            kidneyNotSure: context.profile.kidneyDisease == .notSure,
            acidReducers: ppis,
            reportedStarts: starts,
            emergency: try context.emergencyContact()
        )
    }

    /// Diarrhoea after supplements: the dose notice (POLICIES.md: Too much magnesium).
    package static func diarrhoeaNotices(context: AppContext) async throws(TwitchlessError) -> [Notice] {
        let evaluator = try context.reference.redFlagEvaluator()
        let today = context.today
        let lookback = today.adding(days: -(evaluator.policy.magnesiumSignsLookbackDays - 1))...today
        let (symptoms, intakes) = try await context.read { session in
            (try await session.symptoms().filter { $0.at.localDate >= lookback.lowerBound }, try await session.supplementIntakes(in: lookback))
        }
        let diarrhoea = symptoms.filter { evaluator.symptoms[$0.key]?.magnesiumRole == .diarrhoea }
        guard !diarrhoea.isEmpty, !intakes.isEmpty, let notice = try context.reference.noticeBook().notice(.diarrhoeaDose) else { return [] }
        return [notice]
    }

    /// The food-first suggestion when recent intake on days with food logged is below the RDA/AI.
    package static func foodFirstNotices(context: AppContext, target: ReferenceIntake?) async throws(TwitchlessError) -> [Notice] {
        let policy = try context.reference.policy()
        let today = context.today
        let window = today.adding(days: -(policy.belowRDAWindowDays - 1))...today
        let (food, supplements, days) = try await context.read { session in
            (try await session.foodTotals(in: window), try await session.supplementTotals(in: window), try await session.dayLogs(in: window))
        }
        var totals: [LocalDate: Milligrams] = [:]
        for (date, amount) in food {
            totals[date] = amount + (supplements[date] ?? .zero) + (days.first { $0.date == date }?.reportedSupplementMagnesium ?? .zero)
        }
        let suggestion = FoodFirstSuggestion(windowDays: policy.belowRDAWindowDays, minimumFoodDays: policy.belowRDAMinFoodDays)
        return [
            suggestion.notice(
                today: today,
                totals: totals,
                target: target,
                foods: try context.reference.magnesiumFoodSources(),
                book: try context.reference.noticeBook()
            )
        ].compactMap { $0 }
    }

    /// The flags that are active now but were not in `before`.
    package static func newFlags(before: [RaisedRedFlag], context: AppContext) async throws(TwitchlessError) -> [RaisedRedFlag] {
        newFlags(before: before, after: try await activeRedFlags(context: context))
    }

    /// The flags in `after` that were not in `before`.
    package static func newFlags(before: [RaisedRedFlag], after: [RaisedRedFlag]) -> [RaisedRedFlag] {
        let known = Set(before.map { "\($0.flag.id)|\($0.covers)|\($0.since)" })
        return after.filter { !known.contains("\($0.flag.id)|\($0.covers)|\($0.since)") }
    }

    /// The "stop magnesium" flags (too much magnesium) that are active now.
    package static func stopMagnesiumFlags(context: AppContext) async throws(TwitchlessError) -> [RaisedRedFlag] {
        stopMagnesiumFlags(among: try await activeRedFlags(context: context))
    }

    package static func stopMagnesiumFlags(among flags: [RaisedRedFlag]) -> [RaisedRedFlag] {
        flags.filter { ["RF25_too_much_mg_early", "RF26_too_much_mg_severe"].contains($0.flag.id) }
    }
}
