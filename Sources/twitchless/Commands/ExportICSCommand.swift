import ArgumentParser
import Foundation
import TwitchlessApp
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

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("First day (default: today).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day (default: four weeks from --from, or the end of a trial running then).", valueName: "date"))
    var to: String?

    @Option(
        name: .customLong("check-in-at"),
        help: ArgumentHelp("Add a daily reminder to check in at this time (24-hour, like 21:00).", valueName: "time")
    )
    var checkInAt: String?

    @Option(
        name: .customLong("magnesium-at"),
        help: ArgumentHelp("Your preferred time for magnesium (like 08:00), used on days it keeps every medicine's gap.", valueName: "time")
    )
    var magnesiumAt: String?

    @Option(help: ArgumentHelp("The .ics file to write (default: standard output).", valueName: "file"))
    var output: String?

    func run() async throws {
        try await reportingErrors {
            let request = CalendarExporting.Request(
                from: from,
                to: to,
                checkIn: try checkInAt.map { text throws(TwitchlessError) in try DateRange.clock(text, what: "check-in time") },
                magnesiumAt: try magnesiumAt.map { text throws(TwitchlessError) in try DateRange.clock(text, what: "magnesium time") }
            )
            let file = try ExportFile(path: output)
            try await withContext(global) { context in
                let outcome = try await CalendarExporting.export(request, context: context)
                try file.write(outcome.text)
                if let note = outcome.note {
                    Output.error(Output.wrap(([note] + (outcome.noteStep.map { [NextStepCommand.line($0)] } ?? [])).joined(separator: " ")))
                }
                if let url = file.url {
                    let count = outcome.events.count
                    Output.print(
                        Output.wrap(
                            "Wrote \(count) calendar \(count == 1 ? "event" : "events") for \(outcome.dates.lowerBound) to \(outcome.dates.upperBound) (\(outcome.zone)) to \(url.path). Import it into your calendar; importing a newer export updates these events."
                        )
                    )
                }
            }
        }
    }
}
