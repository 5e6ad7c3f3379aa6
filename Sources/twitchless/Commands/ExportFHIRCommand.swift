import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

struct ExportFHIRCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fhir",
        abstract: "Write your log as a FHIR R4 bundle (JSON) for a clinician's system.",
        discussion: """
            The bundle (type "collection") holds: you, with only your birth year and sex if your profile has them \
            (never a name); each episode and each day's factors as Observations; your magnesium products and \
            medicines as MedicationStatements with dose and timing; the red flags that apply now as Flags, in the \
            same plain words as `twitchless check`; and your N-of-1 trial's result. It holds no diagnosis. Codes \
            are LOINC where one fits (sleep duration, exercise duration, pain score), otherwise the Twitchless code \
            system described in docs/fhir.md.

            The same log exported at the same time gives the same file; ids come from what each record is, so a \
            record keeps its id from one export to the next.

            Examples:
              twitchless export fhir --output twitchless-fhir.json
              twitchless export fhir --from 2026-09-01 --to 2026-11-24 --output ~/Desktop/for-my-doctor.json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("First day (default: 89 days before --to).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day (default: today).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("The JSON file to write (default: standard output).", valueName: "file"))
    var output: String?

    func run() async throws {
        try await reportingErrors {
            let file = try ExportFile(path: output)
            try await withContext(global) { context in
                let dates = try DateRange.past(from: from, to: to, maximumDays: FHIRExporting.maximumDays, what: "export", context: context)
                let outcome = try await FHIRExporting.export(dates: dates, context: context)
                try file.write(outcome.json)
                let export = outcome.export
                if let url = file.url {
                    Output.print(
                        Output.wrap(
                            "Wrote a FHIR bundle for \(dates.lowerBound) to \(dates.upperBound) to \(url.path): \(export.episodes.count) \(export.episodes.count == 1 ? "episode" : "episodes"), \(export.days.count) \(export.days.count == 1 ? "day" : "days") of factors, \(export.supplements.count + export.medicines.count) products and medicines, \(export.redFlags.count) red \(export.redFlags.count == 1 ? "flag" : "flags"), \(export.trials.count) trial \(export.trials.count == 1 ? "result" : "results")."
                        )
                    )
                }
            }
        }
    }
}
