package import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// A day's magnesium times around the person's medicines, or the reason none are planned
/// (signs of too much magnesium, kidney disease or not sure, young children): `magnesium schedule` and the web app.
package enum MagnesiumSchedulePlanner {
    package enum Outcome: Sendable {
        case refused(Notice)
        case planned(MagnesiumPlanner.Plan, dayStartHour: Int, dayEndHour: Int)
    }

    /// The day a plan is asked for: none (today), "today", "tomorrow", "yesterday" or YYYY-MM-DD, from yesterday to a
    /// year ahead.
    /// - Throws: `invalidInput` for a day that can't be read or is outside that span.
    package static func day(_ text: String?, today: LocalDate) throws(TwitchlessError) -> LocalDate {
        guard let text = InputText.given(text) else { return today }
        let day = try DateRange.day(text, what: "day to plan", today: today)
        guard day >= today.adding(days: -1), day <= today.adding(days: 366) else {
            throw .invalidInput(
                "Magnesium times are planned from yesterday to a year ahead, not for \(DateWords.day(day)).",
                fix: "Please give a date from \(today.adding(days: -1)) to \(today.adding(days: 366)), or today or tomorrow."
            )
        }
        return day
    }

    package static func plan(context: AppContext, on day: LocalDate) async throws(TwitchlessError) -> Outcome {
        let book = try context.reference.noticeBook()
        let targets = try context.targets(on: day)
        if let stop = try await SafetyReview.stopMagnesiumFlags(context: context).first { return .refused(stop.notice()) }
        if let kidney = book.kidneyNotice(for: context.profile.kidneyDisease) { return .refused(kidney) }
        if !targets.allowsSupplementPlanning, let notice = targets.noticeIDs.compactMap({ book.notice($0) }).first { return .refused(notice) }
        let medicines = try await context.read { try await $0.medicines() }
        let matcher = try context.reference.medicineMatcher()
        let policy = try context.reference.policy()
        let plan = MagnesiumPlanner(matcher: matcher, policy: policy).plan(on: day, medicines: medicines, clock: context.clock)
        return .planned(plan, dayStartHour: policy.planDayStartHour, dayEndHour: policy.planDayEndHour)
    }

    /// "07:00" for seconds after midnight (the last minute of the day at most).
    package static func clock(_ seconds: Int) -> String {
        Timestamp.clockText(secondsOfDay: min(seconds, 24 * 3600 - 60))
    }
}
