import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MedicineListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List your medicines and what the sources say about them and magnesium.",
        discussion: """
            Example:
              twitchless medicine list --json

            JSON: {medicines: [{name, schedule, start_date, end_date, in_effect, known, rules: [ids of \
            medication_interactions.csv], with_magnesium (how to keep it apart, or null)}]}; each medicine as GET \
            /api/v1/medicines shows it.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let entries = try await MedicineList.list(context: context)
                if output.json { return try Output.json(["medicines": entries.map(MedicineDocument.init)]) }
                if entries.isEmpty {
                    Output.print("You haven't added any medicines. Add one with: twitchless medicine add levothyroxine --schedule 07:00")
                    return
                }
                for entry in entries {
                    let medicine = entry.medicine
                    var line = "\(medicine.name): \(medicine.schedule.description)"
                    if let start = medicine.startDate { line += ", from \(start)" }
                    if let end = medicine.endDate { line += " until \(end)" }
                    if !entry.isInEffect { line += " (not in effect today)" }
                    Output.print(line)
                    if let window = entry.window {
                        Output.print(Output.wrap("With magnesium: \(window.plainText).", indent: "  "))
                    } else if !entry.isKnown {
                        Output.print("  Unknown to Twitchless: it can't say whether this interacts with magnesium. Please ask your pharmacist.")
                    }
                }
            }
        }
    }
}
