import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MedicineAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a medicine by its generic name, with when you take it.",
        discussion: """
            Use the generic name on the box or leaflet (levothyroxine), or a brand name (Synthroid): brands are read \
            through a sourced table of labels, and a combination product is checked for each of its generics. \
            Twitchless matches the name to the medicines its sources say interact with magnesium, and tells you what \
            they say. A name it doesn't recognise is kept, and it says plainly that it can't tell whether it \
            interacts: that is not an all-clear. Adding a medicine with the same name again replaces it.

            Schedules: daily times ("07:00" or "08:00,20:00"), "weekly monday 06:30", or "monthly 1 07:00".

            Examples:
              twitchless medicine add levothyroxine --schedule 07:00
              twitchless medicine add Synthroid --schedule 07:00
              twitchless medicine add risedronate --schedule "weekly sunday 07:00" --product risedronate_ir_label
              twitchless medicine add ciprofloxacin --schedule 08:00,20:00 --start today --end 2026-12-01
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The medicine's generic name.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("When you take it: \"07:00\", \"08:00,20:00\", \"weekly monday 06:30\", \"monthly 1 07:00\".", valueName: "schedule"))
    var schedule: String

    @Option(help: ArgumentHelp("The first day you take it (default: not given).", valueName: "date"))
    var start: String?

    @Option(help: ArgumentHelp("The last day, for a course such as antibiotics.", valueName: "date"))
    var end: String?

    @Option(help: ArgumentHelp("Which product it is, when the sources treat versions differently (Twitchless asks).", valueName: "id"))
    var product: String?

    func validate() throws {
        if name.trimmingWhitespace().isEmpty { throw ValidationError("Please give the medicine's name.") }
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let saved = try await MedicineList.save(
                    .init(name: name, schedule: schedule, start: start, end: end, product: product),
                    context: context
                )
                NoticeLines.report([saved.message], notices: saved.notices)
                if saved.hasTimingWindow {
                    Output.print("\nSee the day's magnesium times that keep every gap with: twitchless magnesium schedule")
                }
            }
        }
    }
}
