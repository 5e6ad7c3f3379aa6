/// Proposes the times of a day at which magnesium keeps clear of every medicine's window.
///
/// POLICIES.md: times between 06:00 and 23:00 local; no plan while the kidney notice is active or for children under 4;
/// say plainly when no time keeps every window.
public struct MagnesiumPlanner: Sendable {
    /// A stretch of the day, in seconds since local midnight, [start, end).
    public struct Interval: Hashable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// The day's plan.
    public struct Plan: Hashable, Sendable {
        public var date: LocalDate
        /// Times that keep every window.
        public var free: [Interval]
        /// A suggested time: the middle of the longest free stretch, on a quarter hour; nil when none is free.
        public var suggestion: Int?
        public var doses: [MedicineDose]
        public var windows: [String: TimingWindow]
    }

    public var matcher: MedicineMatcher
    /// The planning day in seconds since local midnight (`policies.csv`).
    public var dayStart: Int
    public var dayEnd: Int

    public init(matcher: MedicineMatcher, policy: ReferencePolicy) {
        self.matcher = matcher
        self.dayStart = policy.planDayStartHour * 3600
        self.dayEnd = policy.planDayEndHour * 3600
    }

    public func plan(on date: LocalDate, medicines: [Medicine], clock: ZonedClock) -> Plan {
        var doses: [MedicineDose] = []
        var windows: [String: TimingWindow] = [:]
        var blocked: [Interval] = []
        for medicine in medicines {
            guard let window = TimingWindow(rules: matcher.match(medicine.name, chosen: medicine.chosenRule).rules) else { continue }
            windows[medicine.name] = window
            // Doses of the day before and after can reach into this day.
            for dose in medicine.doses(in: date.adding(days: -1)...date.adding(days: 1), clock: clock) {
                if dose.at.localDate == date { doses.append(dose) }
                // The dose on this day's local clock (negative the day before, past 24 h the day after).
                let offset = (dose.at.localDate.dayNumber - date.dayNumber) * 86_400 + dose.at.secondsOfDay
                // Conflicting intakes: dose − after < t < dose + before, and t = dose.
                let start = window.afterSeconds > 0 ? offset - window.afterSeconds + 1 : offset
                let end = window.beforeSeconds > 0 ? offset + window.beforeSeconds : offset + 1
                blocked.append(Interval(start: start, end: end))
            }
        }
        var free: [Interval] = []
        var cursor = dayStart
        for interval in blocked.sorted(by: { $0.start < $1.start }) {
            if interval.start > cursor { free.append(Interval(start: cursor, end: min(interval.start, dayEnd + 1))) }
            cursor = max(cursor, interval.end)
        }
        if cursor <= dayEnd { free.append(Interval(start: cursor, end: dayEnd + 1)) }
        // Whole minutes only, so a proposed time is never a second inside a window.
        free = free.map { Interval(start: ($0.start + 59) / 60 * 60, end: ($0.end - 1) / 60 * 60 + 1) }
        free = free.filter { $0.start < $0.end && $0.start <= dayEnd }
        let longest = free.max { ($0.end - $0.start) < ($1.end - $1.start) }
        let suggestion = longest.map { interval -> Int in
            let middle = (interval.start + interval.end - 1) / 2
            let rounded = (middle / 900) * 900
            return rounded >= interval.start ? rounded : interval.start
        }
        return Plan(date: date, free: free, suggestion: suggestion, doses: doses.sorted { $0.at < $1.at }, windows: windows)
    }
}
