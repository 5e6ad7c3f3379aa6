/// Which reminders are due for one person now: each kind that is on, whose time has come (after quiet hours) within
/// the last few hours, and whose thing is not already logged today. A reminder never nags: one a kind a day.
public struct ReminderPlan: Sendable {
    /// What the day already holds, and what it needs.
    public struct Day: Sendable, Equatable {
        public var isCheckedIn: Bool
        public var hasSupplement: Bool
        /// A trial runs today.
        public var isTrialDay: Bool
        /// The planner's suggested magnesium time (nil when none is planned, or magnesium is not for this person now).
        public var plannedMagnesium: Int?

        public init(isCheckedIn: Bool, hasSupplement: Bool, isTrialDay: Bool, plannedMagnesium: Int?) {
            self.isCheckedIn = isCheckedIn
            self.hasSupplement = hasSupplement
            self.isTrialDay = isTrialDay
            self.plannedMagnesium = plannedMagnesium
        }
    }

    /// How long after its time a reminder may still go out (a server that was down does not send a morning reminder
    /// at night).
    public var window: Int

    public init(windowSeconds: Int = 3 * 3600) { self.window = windowSeconds }

    /// The time each kind is sent today, before checking whether it is due.
    public func times(_ settings: ReminderSettings, day: Day) -> [ReminderKind: Int] {
        var result: [ReminderKind: Int] = [:]
        for kind in ReminderKind.allCases {
            var time = settings.times[kind]
            if kind == .magnesium {
                // Magnesium only when the planner plans it today: never a reminder to take it when it is not advised.
                guard let planned = day.plannedMagnesium else { continue }
                if settings.magnesiumFollowsPlan { time = planned }
            }
            if kind == .trial && !day.isTrialDay { continue }
            if let time, let sending = settings.sendingTime(for: time) { result[kind] = sending }
        }
        return result
    }

    /// The kinds due at `secondsOfDay` (local), earliest first (at one time, in the order of `ReminderKind`).
    public func due(_ settings: ReminderSettings, day: Day, secondsOfDay now: Int) -> [ReminderKind] {
        times(settings, day: day).filter { kind, time in
            guard time <= now, now < time + window else { return false }
            switch kind {
            case .checkIn, .trial: return !day.isCheckedIn
            case .magnesium: return !day.hasSupplement
            }
        }.sorted { a, b in
            a.value != b.value ? a.value < b.value : ReminderKind.allCases.firstIndex(of: a.key)! < ReminderKind.allCases.firstIndex(of: b.key)!
        }.map(\.key)
    }
}
