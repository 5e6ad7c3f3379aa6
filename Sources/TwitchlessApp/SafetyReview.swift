package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// Gathers every active notice for `check` and `today`, most urgent first.
package enum SafetyReview {
    /// How far back logged intakes are checked against medicine windows.
    package static let timingLookbackDays = 7

    package static func notices(context: AppContext) async throws(TwitchlessError) -> [Notice] {
        let today = context.today
        let summary = try await DaySummaryLoader.load(context: context, date: today)
        let range = today.adding(days: -(timingLookbackDays - 1))...today
        let (medicines, intakes) = try await context.read { session in
            (try await session.medicines(), try await session.supplementIntakes(in: range))
        }
        let matcher = MedicineMatcher(rules: try context.reference.interactionRules())
        let conflicts = TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: intakes, clock: context.clock)
        let builder = MedicineNotices(matcher: matcher)
        let flags = try await activeRedFlags(context: context).map { $0.notice() }
        var notices = flags + summary.notices + builder.timingNotices(conflicts)
            + builder.adviceNotices(medicines, today: today, includingTiming: false, includingOnce: false) + (try await diarrhoeaNotices(context: context))
            + (try await foodFirstNotices(context: context, target: summary.targets.recommended))
        var seen = Set<String>()
        notices = notices.filter { seen.insert($0.id + "|" + $0.message).inserted }
        return notices.sortedByUrgency()
    }

    /// Timing notices for one new intake.
    package static func timingNotices(for intake: SupplementIntake, context: AppContext) async throws(TwitchlessError) -> [Notice] {
        let medicines = try await context.read { try await $0.medicines() }
        let matcher = MedicineMatcher(rules: try context.reference.interactionRules())
        let conflicts = TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: [intake], clock: context.clock)
        return MedicineNotices(matcher: matcher).timingNotices(conflicts)
    }

    /// The red flags that apply now, over the whole history.
    package static func activeRedFlags(context: AppContext) async throws(TwitchlessError) -> [ActiveRedFlag] {
        let evaluator = try context.reference.redFlagEvaluator()
        let today = context.today
        let lookback = today.adding(days: -(evaluator.policy.magnesiumSignsLookbackDays - 1))...today
        let data = try await context.read { session in
            (try await session.allEpisodesForSafety(), try await session.symptoms(), try await session.acknowledgements(),
             try await session.medicines(), try await session.supplementTotals(in: lookback), try await session.dayLogs(in: lookback),
             try await session.regionStarts())
        }
        let (episodes, symptoms, acks, medicines, totals, days, starts) = data
        var supplemental: [LocalDate: Milligrams] = totals
        for day in days { if let reported = day.reportedSupplementMagnesium { supplemental[day.date, default: .zero] = supplemental[day.date, default: .zero] + reported } }
        let reference = try context.reference.intakeReference()
        let overLimit = supplemental.contains { date, amount in
            guard let limit = reference.targets(for: context.profile, on: date).upperLimit.limit else { return false }
            return amount > limit
        }
        let matcher = MedicineMatcher(rules: try context.reference.interactionRules())
        let ppis = medicines.filter { $0.isInEffect(on: today) && matcher.match($0.name, chosen: $0.chosenRule).rules.contains { $0.id == "ppi" } }
        let takesPPI = !ppis.isEmpty
        // Signs count from the earliest start given; a PPI without a start date counts from any date.
        let ppiSince = ppis.contains { $0.startDate == nil } ? nil : ppis.compactMap(\.startDate).min()
        return evaluator.evaluate(.init(
            episodes: episodes, symptoms: symptoms, acknowledgements: acks, today: today,
            tookMagnesiumRecently: supplemental.values.contains { $0.micrograms > 0 }, overUpperLimitRecently: overLimit,
            hasKidneyDisease: context.profile.kidneyDisease.needsDoctorForSupplements, takesPPI: takesPPI, reportedStarts: starts,
            ppiSince: ppiSince, kidneyNotSure: context.profile.kidneyDisease == .notSure))
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
        guard !diarrhoea.isEmpty, !intakes.isEmpty, let notice = try context.reference.noticeBook().notice("diarrhoea_dose") else { return [] }
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
        return [suggestion.notice(today: today, totals: totals, target: target, foods: try context.reference.magnesiumFoodSources(),
                                  book: try context.reference.noticeBook())].compactMap { $0 }
    }

    /// The flags that are active now but were not in `before`.
    package static func newFlags(before: [ActiveRedFlag], context: AppContext) async throws(TwitchlessError) -> [ActiveRedFlag] {
        newFlags(before: before, after: try await activeRedFlags(context: context))
    }

    /// The flags in `after` that were not in `before`.
    package static func newFlags(before: [ActiveRedFlag], after: [ActiveRedFlag]) -> [ActiveRedFlag] {
        let known = Set(before.map { "\($0.flag.id)|\($0.covers)|\($0.since)" })
        return after.filter { !known.contains("\($0.flag.id)|\($0.covers)|\($0.since)") }
    }

    /// The "stop magnesium" flags (too much magnesium) that are active now.
    package static func stopMagnesiumFlags(context: AppContext) async throws(TwitchlessError) -> [ActiveRedFlag] {
        stopMagnesiumFlags(among: try await activeRedFlags(context: context))
    }

    package static func stopMagnesiumFlags(among flags: [ActiveRedFlag]) -> [ActiveRedFlag] {
        flags.filter { ["RF25_too_much_mg_early", "RF26_too_much_mg_severe"].contains($0.flag.id) }
    }
}
