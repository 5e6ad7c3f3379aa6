import TwitchlessApp
import TwitchlessReference
import ArgumentParser
import Foundation
import TwitchlessCore
import TwitchlessIO
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

            days.csv columns: date (YYYY-MM-DD, required), sleep_hours, stress, caffeine_mg, alcohol_drinks, \
            water_liters, exercise_minutes, processed_meals, magnesium_mg (elemental magnesium from supplements), \
            then prolonged_muscle_use (yes/no) and mindful_minutes (relaxation practice). Each row is a day you checked in.

            episodes.csv columns: started_at (ISO 8601 with offset, required), site (required), kind (required), \
            intensity (1–10), duration_seconds, pain (0–10), note.

            Any cell except the required ones may be empty: not logged.

            Examples:
              twitchless import csv days.csv episodes.csv
              twitchless import csv corrected-days.csv --update
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("One days.csv and/or one episodes.csv file.", valueName: "file"))
    var files: [String]

    @Flag(help: "Replace stored values that differ from the file's, instead of stopping.")
    var update = false

    func run() async throws {
        try await reportingErrors {
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            var days: (name: String, rows: [DayRecord])?
            var episodes: (name: String, rows: [EpisodeRecord])?
            var diagnostics: [CSVDiagnostic] = []
            for path in files {
                let name = (path as NSString).lastPathComponent
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw TwitchlessError(.notFound, "The file \(path) could not be read.", fix: "Check the path and that the file is readable. Nothing was imported.")
                }
                let records = try CSVReader.records([UInt8](data), fileName: name)
                guard let header = records.first, let kind = CSVFileKind.recognize(header) else {
                    throw TwitchlessError.invalidInput(
                        "\(name) is not a days.csv or episodes.csv file: its header has neither a \"date\" column nor \"started_at\" and \"site\" columns.",
                        fix: "See the formats with: twitchless import csv --help. Nothing was imported."
                    )
                }
                switch kind {
                case .days:
                    guard days == nil else { throw TwitchlessError.invalidInput("Two days files were given (\(days!.name) and \(name)).", fix: "Import one days file at a time. Nothing was imported.") }
                    let parsed = DaysCSV.parse(records, fileName: name, today: context.today)
                    days = (name, parsed.rows)
                    diagnostics += parsed.diagnostics
                case .episodes:
                    guard episodes == nil else { throw TwitchlessError.invalidInput("Two episodes files were given (\(episodes!.name) and \(name)).", fix: "Import one episodes file at a time. Nothing was imported.") }
                    let parsed = EpisodesCSV.parse(records, fileName: name, now: Int64(context.now.timeIntervalSince1970))
                    episodes = (name, parsed.rows)
                    diagnostics += parsed.diagnostics
                }
            }
            if !diagnostics.isEmpty { throw TwitchlessError.importFailed(diagnostics) }
            let dayRows = days?.rows ?? []
            let episodeRows = episodes?.rows ?? []
            let daysName = days?.name ?? DaysCSV.fileName
            let episodesName = episodes?.name ?? EpisodesCSV.fileName
            let update = self.update
            let plan = try await context.write { session -> CSVImportPlan in
                var storedDays: [LocalDate: CSVImportPlan.StoredDay] = [:]
                if let first = dayRows.map(\.day.date).min(), let last = dayRows.map(\.day.date).max() {
                    let logs = try await session.ownDayLogs(in: first...last)
                    let totals = try await session.supplementTotals(in: first...last)
                    for log in logs { storedDays[log.date] = .init(day: log, loggedSupplements: totals[log.date]) }
                    for (date, total) in totals where storedDays[date] == nil { storedDays[date] = .init(day: nil, loggedSupplements: total) }
                }
                var storedEpisodes: [Episode.Key: Episode] = [:]
                if let first = episodeRows.map(\.episode.localDate).min(), let last = episodeRows.map(\.episode.localDate).max() {
                    // Offsets reach ±18 h, so the same instant can carry a local date up to two days away.
                    for episode in try await session.episodes(in: first.adding(days: -2)...last.adding(days: 2)) {
                        storedEpisodes[episode.key] = episode
                    }
                }
                let plan = CSVImportPlan(days: dayRows, storedDays: storedDays, daysFile: daysName,
                                         episodes: episodeRows, storedEpisodes: storedEpisodes, episodesFile: episodesName, update: update)
                guard plan.conflicts.isEmpty else {
                    var error = TwitchlessError.importFailed(plan.conflicts)
                    error.code = .conflict
                    error.fix = "To replace the stored values with the file's, run the import again with --update. Your stored data has not changed."
                    throw error
                }
                try await session.saveDayLogs(plan.newDays + plan.changedDays)
                try await session.insertEpisodes(plan.newEpisodes)
                for episode in plan.changedEpisodes { try await session.updateEpisode(episode) }
                return plan
            }
            if let days {
                print("\(days.name): \(Self.count(plan.newDays.count, "new day")), \(Self.count(plan.changedDays.count, "updated day")), \(plan.unchangedDays) already in your log.")
            }
            if let episodes {
                print("\(episodes.name): \(Self.count(plan.newEpisodes.count, "new episode")), \(Self.count(plan.changedEpisodes.count, "updated episode")), \(plan.unchangedEpisodes) already in your log.")
            }
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
