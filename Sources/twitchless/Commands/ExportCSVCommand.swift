import TwitchlessApp
import TwitchlessReference
import ArgumentParser
import Foundation
import TwitchlessCore
import TwitchlessIO
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
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let data = try await context.read { session in
                let all = try await session.allOwnDayLogs()
                let days = all.filter(\.isTracked)
                let wide = LocalDate.earliestLoggable...LocalDate(year: 9999, month: 12, day: 31)!
                let totals = try await session.supplementTotals(in: wide)
                return (days, totals, try await session.allEpisodes())
            }
            let (days, totals, episodes) = data
            let trackedDates = Set(days.map(\.date))
            let leftOut = totals.keys.filter { !trackedDates.contains($0) }.count
            let records = days.map { day -> DayRecord in
                let stored = CSVImportPlan.StoredDay(day: day, loggedSupplements: totals[day.date])
                return DayRecord(day: day, supplementMagnesium: stored.exportedMagnesium)
            }
            let folder = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(DaysCSV.write(records).utf8).write(to: folder.appendingPathComponent(DaysCSV.fileName), options: .atomic)
                try Data(EpisodesCSV.write(episodes).utf8).write(to: folder.appendingPathComponent(EpisodesCSV.fileName), options: .atomic)
            } catch {
                throw TwitchlessError(.unavailable, "The files could not be written to \(folder.path).",
                                      fix: "Check that the folder is writable, or choose another with --output.", cause: error)
            }
            print("Wrote \(records.count) \(records.count == 1 ? "day" : "days") to \(folder.appendingPathComponent(DaysCSV.fileName).path)")
            print("Wrote \(episodes.count) \(episodes.count == 1 ? "episode" : "episodes") to \(folder.appendingPathComponent(EpisodesCSV.fileName).path)")
            if leftOut > 0 {
                print(Output.wrap("Note: supplements were logged on \(leftOut) \(leftOut == 1 ? "day" : "days") you didn't check in for. days.csv has a row only for checked-in days, so their magnesium isn't in it; `twitchless log day --date DATE` checks a day in."))
            }
        }
    }
}
