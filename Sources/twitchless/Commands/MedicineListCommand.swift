import TwitchlessApp
import ArgumentParser
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

            JSON: {medicines: [{name, schedule, start_date, end_date, in_effect, rules: [ids of medication_interactions.csv], known}]}.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    struct JSONMedicine: Encodable {
        let name: String
        let schedule: String
        @Nullable var start_date: String?
        @Nullable var end_date: String?
        let in_effect: Bool
        let rules: [String]
        let known: Bool
    }

    func run() async throws {
        try await reportingErrors {
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let medicines = try await context.read { try await $0.medicines() }
            let matcher = try context.reference.medicineMatcher()
            if output.json {
                try Output.json(["medicines": medicines.map { medicine in
                    let match = matcher.match(medicine.name, chosen: medicine.chosenRule)
                    return JSONMedicine(name: medicine.name, schedule: medicine.schedule.storageText, start_date: medicine.startDate?.description,
                                        end_date: medicine.endDate?.description, in_effect: medicine.isInEffect(on: context.today),
                                        rules: match.rules.map(\.id), known: match.isKnown)
                }])
                return
            }
            if medicines.isEmpty {
                print("You haven't added any medicines. Add one with: twitchless medicine add levothyroxine --schedule 07:00")
                return
            }
            for medicine in medicines {
                var line = "\(medicine.name): \(medicine.schedule.description)"
                if let start = medicine.startDate { line += ", from \(start)" }
                if let end = medicine.endDate { line += " until \(end)" }
                if !medicine.isInEffect(on: context.today) { line += " (not in effect today)" }
                print(line)
                let match = matcher.match(medicine.name, chosen: medicine.chosenRule)
                if let window = TimingWindow(rules: match.rules) {
                    print(Output.wrap("With magnesium: \(window.plainText).", indent: "  "))
                } else if !match.isKnown {
                    print("  Unknown to Twitchless: it can't say whether this interacts with magnesium. Please ask your pharmacist.")
                }
            }
        }
    }
}
