import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

struct ExportCSVCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Write days.csv and episodes.csv to a folder.",
        discussion: """
            days.csv has one row per day you checked in; episodes.csv one row per episode. The formats are the \
            ones `twitchless import csv` reads (see its --help), so an export can be imported again unchanged. \
            Existing files of the same names in the folder are replaced.

            Example:
              twitchless export csv --output ~/twitchless-export
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "folder"))
    var output: String

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let outcome = try await CSVExporting.export(context: context)
                let folder = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
                do {
                    try PrivateFile.createFolder(folder)
                    try PrivateFile.write(Data(outcome.daysCSV.utf8), to: folder.appendingPathComponent(DaysCSV.fileName))
                    try PrivateFile.write(Data(outcome.episodesCSV.utf8), to: folder.appendingPathComponent(EpisodesCSV.fileName))
                } catch {
                    throw TwitchlessError(
                        .unavailable,
                        "The files could not be written to \(folder.path).",
                        fix: "Check that the folder is writable, or choose another with --output.",
                        cause: error
                    )
                }
                let days = outcome.days.count
                let episodes = outcome.episodes.count
                let leftOut = outcome.daysLeftOut
                Output.print("Wrote \(days) \(days == 1 ? "day" : "days") to \(folder.appendingPathComponent(DaysCSV.fileName).path)")
                Output.print(
                    "Wrote \(episodes) \(episodes == 1 ? "episode" : "episodes") to \(folder.appendingPathComponent(EpisodesCSV.fileName).path)"
                )
                if leftOut > 0 {
                    Output.print(
                        Output.wrap(
                            "Note: supplements were logged on \(leftOut) \(leftOut == 1 ? "day" : "days") you didn't check in for. days.csv has a row only for checked-in days, so their magnesium isn't in it; `twitchless log day --date DATE` checks a day in."
                        )
                    )
                }
            }
        }
    }
}
