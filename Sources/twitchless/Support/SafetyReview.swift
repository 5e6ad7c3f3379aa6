import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Gathers every active notice for `check`, most urgent first.
enum SafetyReview {
    /// How far back logged intakes are checked against medicine windows.
    static let timingLookbackDays = 7

    static func notices(context: AppContext) async throws(TwitchlessError) -> [Notice] {
        let today = context.today
        let summary = try await DaySummaryLoader.load(context: context, date: today)
        let range = today.adding(days: -(timingLookbackDays - 1))...today
        let (medicines, intakes) = try await context.read { session in
            (try await session.medicines(), try await session.supplementIntakes(in: range))
        }
        let matcher = MedicineMatcher(rules: try context.reference.interactionRules())
        let conflicts = TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: intakes, clock: context.clock)
        let builder = MedicineNotices(matcher: matcher)
        var notices = summary.notices + builder.timingNotices(conflicts) + builder.adviceNotices(medicines, today: today, includingTiming: false)
        var seen = Set<String>()
        notices = notices.filter { seen.insert($0.id + "|" + $0.message).inserted }
        return notices.sortedByUrgency()
    }

    /// Timing notices for one new intake.
    static func timingNotices(for intake: SupplementIntake, context: AppContext) async throws(TwitchlessError) -> [Notice] {
        let medicines = try await context.read { try await $0.medicines() }
        let matcher = MedicineMatcher(rules: try context.reference.interactionRules())
        let conflicts = TimingCheck(matcher: matcher).conflicts(medicines: medicines, intakes: [intake], clock: context.clock)
        return MedicineNotices(matcher: matcher).timingNotices(conflicts)
    }
}
