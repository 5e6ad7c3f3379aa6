import TwitchlessApp
import ArgumentParser
import Foundation
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

struct ExportICSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Write a calendar (iCalendar .ics) of your magnesium times, trial periods and check-in reminder.",
        discussion: """
            The calendar has, for each day: magnesium at a time that keeps every medicine's gap (the time of \
            `twitchless magnesium schedule`, or --magnesium-at when it fits); the periods of your N-of-1 trial, \
            with their washout days, saying which to take when; and, with --check-in-at, a daily reminder to \
            check in. On trial control days there is no magnesium event (or a placebo one, if your trial uses one).

            Times are in your profile's time zone and stay at the same clock time when the clocks change. Each \
            event keeps its id from one export to the next, so importing a newer export updates the events instead \
            of adding copies (events of days no longer in the calendar are not removed by the import).

            No magnesium times are added while Twitchless doesn't plan magnesium for you (kidney disease or "not \
            sure", children under 4, signs of too much magnesium), or before you have added a magnesium product.

            Examples:
              twitchless export ics --output magnesium.ics
              twitchless export ics --check-in-at 21:00 --magnesium-at 08:00
              twitchless export ics --from 2026-12-01 --to 2027-02-28 --output winter.ics
            """
    )

    /// Days the calendar covers by default (four weeks), stretched to the end of a trial that runs in them.
    static let defaultDays = 28
    /// The longest calendar one export writes.
    static let maximumDays = 400

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("First day (default: today).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day (default: four weeks from --from, or the end of a trial running then).", valueName: "date"))
    var to: String?

    @Option(name: .customLong("check-in-at"), help: ArgumentHelp("Add a daily reminder to check in at this time (24-hour, like 21:00).", valueName: "time"))
    var checkInAt: String?

    @Option(name: .customLong("magnesium-at"), help: ArgumentHelp("Your preferred time for magnesium (like 08:00), used on days it keeps every medicine's gap.", valueName: "time"))
    var magnesiumAt: String?

    @Option(help: ArgumentHelp("The .ics file to write (default: standard output).", valueName: "file"))
    var output: String?

    func run() async throws {
        try await reportingErrors {
            let checkIn = try checkInAt.map { text throws(TwitchlessError) in try ExportDates.clock(text, option: "--check-in-at") }
            let preferred = try magnesiumAt.map { text throws(TwitchlessError) in try ExportDates.clock(text, option: "--magnesium-at") }
            let file = try ExportFile(path: output)
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            guard context.profile.timeZone != nil else {
                throw TwitchlessError.invalidInput("The calendar needs your time zone, so that its times stay right when the clocks change.",
                                                   fix: "Set it with: twitchless profile --time-zone Europe/London (your own zone), then export again.")
            }
            let start = try from.map { text throws(TwitchlessError) in try ExportDates.parse(text, option: "--from", today: context.today) } ?? context.today
            let (products, trials, exportKey) = try await context.read { session in
                (try await session.products(), try await session.trials(), try await session.exportKey())
            }
            let end: LocalDate
            if let to {
                end = try ExportDates.parse(to, option: "--to", today: context.today)
            } else {
                let plain = start.adding(days: Self.defaultDays - 1)
                end = trials.filter { $0.startDate <= plain && $0.endDate >= start }.map(\.endDate).reduce(plain, max)
            }
            try ExportDates.check(start, end, maximumDays: Self.maximumDays, what: "calendar")
            let dates = start...end

            let (magnesiumDays, note) = try await Self.magnesiumDays(dates, preferred: preferred, hasProduct: !products.isEmpty, context: context)
            let supplementNames = products.filter { $0.product.kind == .supplement }.map(\.product.name)
            let calendar = ScheduleCalendar(
                ids: StableID(exportKey: exportKey), dates: dates, magnesiumDays: magnesiumDays,
                products: supplementNames.isEmpty ? nil : supplementNames.joined(separator: " or "),
                trials: trials.filter { $0.startDate <= end && $0.endDate >= start }, checkIn: checkIn)
            let events = calendar.events()
            let writer = ICalendarWriter(clock: context.clock, now: context.clock.timestamp(context.now))
            try file.write(writer.write(events, covering: dates))
            if let note { Output.error(Output.wrap(note)) }
            if let url = file.url {
                print(Output.wrap("Wrote \(events.count) calendar \(events.count == 1 ? "event" : "events") for \(start) to \(end) (\(context.clock.name)) to \(url.path). Import it into your calendar; importing a newer export updates these events."))
            }
        }
    }

    /// The magnesium plan of each day, or none with the reason in plain words.
    static func magnesiumDays(_ dates: ClosedRange<LocalDate>, preferred: Int?, hasProduct: Bool, context: AppContext) async throws(TwitchlessError)
        -> ([ScheduleCalendar.MagnesiumDay], String?) {
        guard hasProduct else {
            return ([], "The calendar has no magnesium times, because you haven't added a magnesium product. Add one with: twitchless supplement add")
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
                    let from = MagnesiumScheduleCommand.clock(interval.start), to = MagnesiumScheduleCommand.clock(interval.end - 1)
                    return from == to ? from : "\(from)–\(to)"
                }
                if !free.isEmpty { parts.append("Times that keep every medicine gap: \(free.joined(separator: ", ")).") }
                for (name, window) in plan.windows.sorted(by: { $0.key < $1.key }) { parts.append("\(name.sentenceCased): \(window.plainText).") }
                if let preferred, !fits, plan.suggestion != nil {
                    parts.append("Your time \(Timestamp.clockText(secondsOfDay: preferred)) is inside a medicine gap today, so this is a time that keeps every gap.")
                }
            }
            days.append(.init(date: date, time: fits ? preferred : plan.suggestion, note: parts.joined(separator: " ")))
            date = date.adding(days: 1)
        }
        return (days, nil)
    }
}
