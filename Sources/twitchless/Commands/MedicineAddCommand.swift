import TwitchlessApp
import ArgumentParser
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MedicineAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a medicine by its generic name, with when you take it.",
        discussion: """
            Use the generic name on the box or leaflet (levothyroxine, not a brand name). Twitchless matches it to \
            the medicines its sources say interact with magnesium, and tells you what they say. A name it doesn't \
            know is kept, and it says so. Adding a medicine with the same name again replaces it.

            Schedules: daily times ("07:00" or "08:00,20:00"), "weekly monday 06:30", or "monthly 1 07:00".

            Examples:
              twitchless medicine add levothyroxine --schedule 07:00
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
            let parsedSchedule = try MedicineSchedule(parsing: schedule)
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let startDate = try start.map { text throws(TwitchlessError) in try MedicineDates.parse(text, today: context.today) }
            let endDate = try end.map { text throws(TwitchlessError) in try MedicineDates.parse(text, today: context.today, allowFuture: true) }
            if let startDate, let endDate, endDate < startDate {
                throw TwitchlessError.invalidInput("The course ends (\(endDate)) before it starts (\(startDate)).", fix: "Please check the dates.")
            }
            let matcher = MedicineMatcher(rules: try context.reference.interactionRules())
            let medicineName = name.trimmingWhitespace()
            let match = matcher.match(medicineName, chosen: product)
            if !match.choices.isEmpty {
                let options = match.choices.map { "\($0.id) (\($0.drugClass))" }.joined(separator: "; ")
                throw TwitchlessError.invalidInput(
                    "The sources give different timing for different \(match.generics.joined(separator: ", ")) products: \(options).",
                    fix: "Say which one is yours with --product, e.g. --product \(match.choices[0].id). The leaflet or your pharmacist can tell you.")
            }
            if let product, !match.rules.contains(where: { $0.id == product }) {
                throw TwitchlessError.invalidInput("\"\(product)\" is not a product choice for \(medicineName).", fix: "Leave --product out unless Twitchless asks for it.")
            }
            let medicine = Medicine(name: medicineName, schedule: parsedSchedule, startDate: startDate, endDate: endDate, chosenRule: product)
            let flagsBefore = try await SafetyReview.activeRedFlags(context: context)
            try await context.write { try await $0.saveMedicine(medicine) }
            let raised = try await SafetyReview.newFlags(before: flagsBefore, context: context)
            defer { for flag in raised { print("\n" + NoticeLines.render(flag.notice())) } }
            var line = "Saved \(medicineName), \(parsedSchedule.description)"
            if let startDate { line += ", from \(startDate)" }
            if let endDate { line += " until \(endDate)" }
            print(line + ".")
            if !match.isKnown {
                print(Output.wrap("Twitchless's sources don't list \(medicineName) as a medicine that interacts with magnesium. That is not a guarantee: if you're unsure, ask your pharmacist."))
                return
            }
            for notice in MedicineNotices(matcher: matcher).adviceNotices([medicine], today: max(context.today, startDate ?? context.today)) {
                print("\n" + NoticeLines.render(notice))
            }
            if TimingWindow(rules: match.rules) != nil {
                print("\nSee the day's magnesium times that keep every gap with: twitchless magnesium schedule")
            }
        }
    }
}

/// Dates for medicine courses.
enum MedicineDates {
    static func parse(_ text: String, today: LocalDate, allowFuture: Bool = false) throws(TwitchlessError) -> LocalDate {
        if allowFuture, let date = LocalDate(iso: text.trimmingWhitespace()) { return date }
        return try FriendlyTime.parseDate(text, today: today)
    }
}
