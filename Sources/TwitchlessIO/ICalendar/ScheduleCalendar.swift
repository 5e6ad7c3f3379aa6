public import TwitchlessCore

/// The events of the magnesium calendar: magnesium at a time that keeps every medicine's gap, the N-of-1 trial's
/// periods and washouts, and an optional daily check-in reminder.
///
/// On a day inside a trial the trial decides: magnesium in magnesium periods (washout days included, since the arm
/// applies from its first day), a placebo or nothing in control periods.
public struct ScheduleCalendar: Sendable {
    /// The plan of one day, made by `MagnesiumPlanner`.
    public struct MagnesiumDay: Hashable, Sendable {
        public var date: LocalDate
        /// The local time for magnesium (seconds since midnight), or nil when no time keeps every gap.
        public var time: Int?
        /// The day's free times and medicine gaps in plain words, for the event's description.
        public var note: String

        public init(date: LocalDate, time: Int?, note: String) {
            self.date = date
            self.time = time
            self.note = note
        }
    }

    /// Minutes a magnesium event lasts on the calendar.
    static let doseMinutes = 15
    /// Minutes the check-in reminder lasts on the calendar.
    static let checkInMinutes = 5

    public var ids: StableID
    public var dates: ClosedRange<LocalDate>
    /// Days with a magnesium plan; empty when Twitchless doesn't plan magnesium for the person.
    public var magnesiumDays: [MagnesiumDay]
    /// What to take outside a trial ("Magnesium glycinate"), or nil for plain "magnesium".
    public var products: String?
    public var trials: [TrialDesign]
    /// The local time of the daily check-in reminder (seconds since midnight), if wanted.
    public var checkIn: Int?

    public init(ids: StableID, dates: ClosedRange<LocalDate>, magnesiumDays: [MagnesiumDay], products: String?, trials: [TrialDesign], checkIn: Int?)
    {
        self.ids = ids
        self.dates = dates
        self.magnesiumDays = magnesiumDays
        self.products = products
        self.trials = trials
        self.checkIn = checkIn
    }

    /// Every event, in a fixed order: the check-in, the trial periods, then magnesium by date.
    public func events() -> [CalendarEvent] {
        var events: [CalendarEvent] = []
        if let checkIn {
            events.append(
                CalendarEvent(
                    uid: ids.uuid("ics/check-in"),
                    summary: "Twitchless check-in",
                    description:
                        "How was today? Check in for the day in Twitchless, and log any episodes. A day you check in with no twitches counts too.",
                    when: .time(dates.lowerBound, secondsOfDay: checkIn, minutes: Self.checkInMinutes),
                    repeatsDailyUntil: dates.upperBound,
                    hasReminder: true
                )
            )
        }
        for trial in trials.sorted(by: { $0.startDate < $1.startDate }) { events += trialEvents(trial) }
        for day in magnesiumDays.sorted(by: { $0.date < $1.date }) where dates.contains(day.date) {
            if let event = magnesiumEvent(day) { events.append(event) }
        }
        return events
    }

    /// Each period of a trial that overlaps the dates, with its washout days as a separate event.
    func trialEvents(_ trial: TrialDesign) -> [CalendarEvent] {
        var events: [CalendarEvent] = []
        let key = "ics/trial/\(trial.startDate)/\(trial.seed)"
        for block in 0..<trial.blocks {
            for arm in trial.allocation[block] {
                let period = trial.period(block: block, arm: arm)
                guard period.lowerBound <= dates.upperBound, dates.lowerBound <= period.upperBound else { continue }
                let name = "Trial block \(block + 1) of \(trial.blocks): \(arm == .magnesium ? "magnesium" : "control") period"
                let what =
                    arm == .magnesium
                    ? "Take \(DecimalText.format(trial.servings)) × \(trial.product) each day."
                    : (trial.usesPlacebo ? "Take your placebo each day, and no magnesium supplement." : "No magnesium supplement in this period.")
                let checkIn = "Check in every day in Twitchless: only days you check in count."
                let analysedStart = period.lowerBound.adding(days: trial.washoutDays)
                if trial.washoutDays > 0 {
                    events.append(
                        CalendarEvent(
                            uid: ids.uuid("\(key)/block\(block + 1)/\(arm.rawValue)/washout"),
                            summary: name + ", washout (not analysed)",
                            description:
                                "\(what) These first \(trial.washoutDays) days let the last period's effect fade, so they are left out of the results. \(checkIn)",
                            when: .days(first: period.lowerBound, last: analysedStart.adding(days: -1))
                        )
                    )
                }
                events.append(
                    CalendarEvent(
                        uid: ids.uuid("\(key)/block\(block + 1)/\(arm.rawValue)/analysed"),
                        summary: name,
                        description: "\(what) \(checkIn)",
                        when: .days(first: analysedStart, last: period.upperBound)
                    )
                )
            }
        }
        return events
    }

    /// The day's magnesium event, or nil on a control day of a trial without a placebo.
    func magnesiumEvent(_ day: MagnesiumDay) -> CalendarEvent? {
        let trial = trials.first { $0.position(on: day.date) != nil }
        let summary: String
        if let trial, let position = trial.position(on: day.date) {
            switch position.arm {
            case .magnesium: summary = "Magnesium: \(DecimalText.format(trial.servings)) × \(trial.product) (trial)"
            case .control:
                guard trial.usesPlacebo else { return nil }
                summary = "Placebo (trial control period)"
            }
        } else {
            summary = "Magnesium" + (products.map { " (\($0))" } ?? "")
        }
        let uid = ids.uuid("ics/magnesium/\(day.date)")
        guard let time = day.time else {
            return CalendarEvent(
                uid: uid,
                summary: summary + " – no time fits today",
                description:
                    "No time today keeps every medicine gap. Please ask your pharmacist how to fit magnesium around your medicines. \(day.note)",
                when: .days(first: day.date, last: day.date)
            )
        }
        return CalendarEvent(
            uid: uid,
            summary: summary,
            description: day.note,
            when: .time(day.date, secondsOfDay: time, minutes: Self.doseMinutes)
        )
    }
}
