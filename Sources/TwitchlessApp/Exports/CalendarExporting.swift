package import TwitchlessCore
package import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

/// A calendar (iCalendar) of the magnesium times that keep every medicine's gap, the trial's periods and a daily
/// check-in reminder, in the person's zone.
package enum CalendarExporting {
    /// Days the calendar covers by default (four weeks), stretched to the end of a trial that runs in them.
    package static let defaultDays = 28
    /// The longest calendar one export writes.
    package static let maximumDays = 400

    package struct Request: Sendable {
        /// The first day (today when nil) and the last (see `defaultDays` when nil): today, tomorrow or YYYY-MM-DD.
        package var from: String?
        package var to: String?
        /// A daily reminder to check in at this time (seconds since midnight).
        package var checkIn: Int?
        /// The person's preferred time for magnesium, used on days it keeps every gap.
        package var magnesiumAt: Int?

        package init(from: String? = nil, to: String? = nil, checkIn: Int? = nil, magnesiumAt: Int? = nil) {
            self.from = from
            self.to = to
            self.checkIn = checkIn
            self.magnesiumAt = magnesiumAt
        }
    }

    package struct Outcome: Sendable {
        package var dates: ClosedRange<LocalDate>
        package var events: [CalendarEvent]
        /// The calendar's text.
        package var text: String
        /// Why the calendar has no magnesium times, when it has none.
        package var note: String?
        /// What the person can do about it.
        package var noteStep: NextStep?
        /// The zone its times are in.
        package var zone: String
    }

    /// - Throws: `invalidInput` when the profile has no time zone (times must stay right when clocks change),
    ///   for dates that can't be read, or for a range that ends before it starts or is too long.
    package static func export(_ request: Request, context: AppContext) async throws(TwitchlessError) -> Outcome {
        guard context.profile.timeZone != nil else {
            throw .invalidInput(
                "The calendar needs your time zone, so that its times stay right when the clocks change.",
                fix: "Set your own time zone in your profile, then export again.",
                next: .editProfile(.timeZone)
            )
        }
        let start =
            try request.from.map { text throws(TwitchlessError) in try DateRange.day(text, what: "first day", today: context.today) } ?? context.today
        let (products, trials, exportKey) = try await context.read { session in
            (try await session.products(), try await session.trials(), try await session.exportKey())
        }
        let end: LocalDate
        if let to = request.to {
            end = try DateRange.day(to, what: "last day", today: context.today)
        } else {
            let plain = start.adding(days: defaultDays - 1)
            end = trials.filter { $0.startDate <= plain && $0.endDate >= start }.map(\.endDate).reduce(plain, max)
        }
        try DateRange.check(start, end, maximumDays: maximumDays, what: "calendar")
        let dates = start...end
        let (magnesiumDays, note) = try await magnesiumDays(dates, preferred: request.magnesiumAt, hasProduct: !products.isEmpty, context: context)
        let supplementNames = products.filter { $0.product.kind == .supplement }.map(\.product.name)
        let calendar = ScheduleCalendar(
            ids: StableID(exportKey: exportKey),
            dates: dates,
            magnesiumDays: magnesiumDays,
            products: supplementNames.isEmpty ? nil : supplementNames.joined(separator: " or "),
            trials: trials.filter { $0.startDate <= end && $0.endDate >= start },
            checkIn: request.checkIn
        )
        let events = calendar.events()
        let writer = ICalendarWriter(clock: context.clock, now: context.clock.timestamp(context.now))
        return Outcome(
            dates: dates,
            events: events,
            text: writer.write(events, covering: dates),
            note: note,
            noteStep: products.isEmpty ? .addProduct : nil,
            zone: context.clock.name
        )
    }

    /// The magnesium plan of each day, or none with the reason in plain words.
    static func magnesiumDays(
        _ dates: ClosedRange<LocalDate>,
        preferred: Int?,
        hasProduct: Bool,
        context: AppContext
    ) async throws(TwitchlessError)
        -> ([ScheduleCalendar.MagnesiumDay], String?)
    {
        guard hasProduct else {
            return ([], "The calendar has no magnesium times, because you haven't added a magnesium product.")
        }
        let book = try context.reference.noticeBook()
        if let stop = try await SafetyReview.stopMagnesiumFlags(context: context).first {
            return ([], "The calendar has no magnesium times: " + stop.notice().message)
        }
        if let kidney = book.kidneyNotice(for: context.profile.kidneyDisease) {
            return ([], "The calendar has no magnesium times: " + kidney.message)
        }
        if !(try context.targets(on: dates.lowerBound)).allowsSupplementPlanning {
            return ([], "The calendar has no magnesium times: Twitchless doesn't plan magnesium supplements for children under 4.")
        }
        let medicines = try await context.read { try await $0.medicines() }
        let planner = MagnesiumPlanner(matcher: try context.reference.medicineMatcher(), policy: try context.reference.policy())
        var days: [ScheduleCalendar.MagnesiumDay] = []
        var date = dates.lowerBound
        while date <= dates.upperBound {
            let plan = planner.plan(on: date, medicines: medicines, clock: context.clock)
            let fits = preferred.map { time in plan.free.contains { $0.start <= time && time < $0.end } } ?? false
            var parts: [String] = []
            if plan.windows.isEmpty {
                parts.append("None of your medicines needs magnesium kept apart from it.")
            } else {
                let free = plan.free.map { interval -> String in
                    let from = MagnesiumSchedulePlanner.clock(interval.start)
                    let to = MagnesiumSchedulePlanner.clock(interval.end - 1)
                    return from == to ? from : "\(from)–\(to)"
                }
                if !free.isEmpty { parts.append("Times that keep every medicine gap: \(free.joined(separator: ", ")).") }
                for (name, window) in plan.windows.sorted(by: { $0.key < $1.key }) { parts.append("\(name.sentenceCased): \(window.plainText).") }
                if let preferred, !fits, plan.suggestion != nil {
                    parts.append(
                        "Your time \(Timestamp.clockText(secondsOfDay: preferred)) is inside a medicine gap today, so this is a time that keeps every gap."
                    )
                }
            }
            days.append(.init(date: date, time: fits ? preferred : plan.suggestion, note: parts.joined(separator: " ")))
            date = date.adding(days: 1)
        }
        return (days, nil)
    }
}
