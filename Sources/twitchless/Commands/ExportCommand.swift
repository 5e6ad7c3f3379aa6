import ArgumentParser
import TwitchlessApp
import TwitchlessReference
import TwitchlessStore

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your data to files.",
        discussion: """
            csv writes the two files `twitchless import csv` reads; fhir a FHIR R4 bundle for a clinician's \
            system; ics a calendar of magnesium times, trial periods and a check-in reminder.

            Examples:
              twitchless export csv --output ~/twitchless-export
              twitchless export fhir --output twitchless-fhir.json
              twitchless export ics --check-in-at 21:00 --output magnesium.ics
            """,
        subcommands: [ExportCSVCommand.self, ExportFHIRCommand.self, ExportICSCommand.self]
    )
}
