package import TwitchlessCore
import TwitchlessReference
package import TwitchlessReports
import TwitchlessStore

/// Gathers everything the doctor report shows for a period (the CLI's `report` and the web app's download).
package enum DoctorReportLoader {
    /// The longest period one report covers (about ten years).
    package static let maximumDays = 3660

    package static func make(context: AppContext, period: ClosedRange<LocalDate>) async throws(TwitchlessError) -> DoctorReport {
        let data = try await context.read { session in
            (
                try await session.episodes(in: period), try await session.dayLogs(in: period), try await session.foodTotals(in: period),
                try await session.supplementTotals(in: period), try await session.products().map(\.product), try await session.medicines(),
                try await session.symptoms()
            )
        }
        let (episodes, days, food, supplementTotals, products, medicines, symptoms) = data
        var supplements = supplementTotals
        for day in days {
            if let reported = day.reportedSupplementMagnesium {
                supplements[day.date, default: .zero] = supplements[day.date, default: .zero] + reported
            }
        }
        let matcher = try context.reference.medicineMatcher()
        var rules: [String: [InteractionRule]] = [:]
        for medicine in medicines { rules[medicine.name] = matcher.match(medicine.name, chosen: medicine.chosenRule).rules }
        let flagHistory = try await SafetyReview.redFlagHistory(context: context)
        let flags = RedFlagEvaluator.shown(flagHistory)
        // Notices about the report's own period: medicine timing there, medicine advice, profile and kidney notices.
        let intakes = try await context.read { try await $0.supplementIntakes(in: period) }
        let builder = MedicineNotices(matcher: matcher)
        let book = try context.reference.noticeBook()
        let targets = try context.targets(on: period.upperBound)
        var notices =
            builder.timingNotices(TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: intakes, clock: context.clock))
            + builder.adviceNotices(medicines, today: period.upperBound, includingTiming: false)
            + (try SafetyReview.unknownMedicineNotices(medicines, today: period.upperBound, context: context))
            + targets.noticeIDs.compactMap { book.notice($0) }
        if !products.isEmpty, let kidney = book.kidneyNotice(for: context.profile.kidneyDisease) { notices.append(kidney) }
        let eyelidRow = try context.reference.redFlags().first { $0.id == "RF13_eyelid_1wk_aao" }
        let eyelidNote = eyelidRow.map { (text: "\($0.message) Twitchless applies the NHS's 2 weeks to eyelids too.", source: $0.source) }
        let labels = Dictionary(try context.reference.symptoms().map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let history = try await context.read { session in
            (try await session.allDayLogs(), try await session.episodeCounts(in: LocalDate.earliestLoggable...period.upperBound))
        }
        let triggers = TriggerAnalysis.standard(units: try context.reference.reportingUnits())
            .run(days: history.0.filter { $0.date <= period.upperBound }, episodeCounts: history.1)
        let trials = try await context.read { try await $0.trials() }
        var trialReport: TrialReport?
        if let trial = trials.last(where: { $0.startDate <= period.upperBound && period.lowerBound <= $0.endDate }) {
            trialReport = try await TrialSupport.report(trial, context: context)
        }
        var report = DoctorReport.Input(
            period: period,
            generatedOn: context.today,
            profile: context.profile,
            targets: targets,
            timeZone: context.clock.name,
            episodes: episodes,
            days: days,
            foodMagnesium: food,
            supplementMagnesium: supplements,
            products: products,
            medicines: medicines,
            medicineRules: rules,
            redFlags: flags,
            notices: notices.sortedByUrgency(),
            symptoms: symptoms,
            symptomLabels: labels,
            evidence: try context.reference.evidencePoints().map { ($0.text, $0.source) },
            eyelidWeekNote: eyelidNote
        )
        report.triggers = triggers
        report.redFlagHistory = flagHistory
        report.trial = trialReport
        return DoctorReport(report)
    }
}
