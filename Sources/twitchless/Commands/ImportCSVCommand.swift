import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

struct ImportCSVCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import days.csv and episodes.csv files.",
        discussion: """
            Each file is recognised by its header. The import is all or nothing: if any cell is wrong, every \
            problem is listed with its line and column, and nothing is stored. Importing the same file again adds \
            nothing. A row whose date (days) or time, site and kind (episodes) is already stored with other values \
            is a conflict and stops the import, unless you pass --update to replace the stored values.

            days.csv columns: \(DaysCSV.allColumns.map(ImportCSVCommand.describe).joined(separator: ", ")). Each row is \
            a day you checked in.

            episodes.csv columns: started_at (ISO 8601 with offset, required), site (required), kind (required), \
            intensity (1–10), duration_seconds, pain (0–10), note.

            Any cell except the required ones may be empty: not logged.

            Examples:
              twitchless import csv days.csv episodes.csv
              twitchless import csv corrected-days.csv --update
            """
    )

    /// A days.csv column for the help: its name, and what it holds where the name alone doesn't say.
    static func describe(_ column: String) -> String {
        switch column {
        case "date": return "date (YYYY-MM-DD, required)"
        case "magnesium_mg": return "magnesium_mg (elemental magnesium from supplements)"
        default:
            guard let factor = DayFactor(rawValue: column) else { return column }
            if factor.isYesNo { return "\(column) (yes/no)" }
            return factor == .mindfulMinutes ? "\(column) (relaxation practice)" : column
        }
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("One days.csv and/or one episodes.csv file.", valueName: "file"))
    var files: [String]

    @Flag(help: "Replace stored values that differ from the file's, instead of stopping.")
    var update = false

    func run() async throws {
        try await reportingErrors {
            let files = self.files.map { CSVImporting.File(name: ($0 as NSString).lastPathComponent, path: $0) }
            try await withContext(global) { context in
                let outcome = try await CSVImporting.run(files, update: update, context: context)
                let counts = outcome.counts
                if let name = outcome.daysFile {
                    Output.print(
                        "\(name): \(Self.count(counts.newDays, "new day")), \(Self.count(counts.changedDays, "updated day")), \(counts.unchangedDays) already in your log."
                    )
                }
                if let name = outcome.episodesFile {
                    Output.print(
                        "\(name): \(Self.count(counts.newEpisodes, "new episode")), \(Self.count(counts.changedEpisodes, "updated episode")), \(counts.unchangedEpisodes) already in your log."
                    )
                }
            }
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
