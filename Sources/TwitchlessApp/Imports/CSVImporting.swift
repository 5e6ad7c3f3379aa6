import Foundation
package import TwitchlessCore
package import TwitchlessIO
import TwitchlessStore

/// Importing days.csv and episodes.csv (one of each at most), recognised by their header: all or nothing, and
/// values that differ from stored ones are refused unless the person asks to replace them.
package enum CSVImporting {
    /// One file: its name (for messages) and its bytes.
    package struct File: Sendable {
        package var name: String
        package var bytes: [UInt8]

        package init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    package struct Outcome: Sendable {
        package var plan: CSVImportPlan
        /// The days file's name, when one was given.
        package var daysFile: String?
        /// The episodes file's name, when one was given.
        package var episodesFile: String?
    }

    /// - Parameter update: replace stored values with the file's where they differ.
    /// - Throws: `invalidInput` for a file that is neither kind, two files of one kind, or rows that can't be read
    ///   (each named with its line); `conflict` when the files disagree with stored values and `update` is false.
    ///   Nothing is stored then.
    package static func run(_ files: [File], update: Bool, context: AppContext) async throws(TwitchlessError) -> Outcome {
        var days: (name: String, rows: [DayRecord])?
        var episodes: (name: String, rows: [EpisodeRecord])?
        var diagnostics: [CSVDiagnostic] = []
        for file in files {
            let records = try CSVReader.records(file.bytes, fileName: file.name)
            guard let header = records.first, let kind = CSVFileKind.recognize(header) else {
                throw .invalidInput(
                    "\(file.name) is not a days.csv or episodes.csv file: its header has neither a \"date\" column nor \"started_at\" and \"site\" columns.",
                    fix: "Nothing was imported."
                )
            }
            switch kind {
            case .days:
                if let days {
                    throw .invalidInput(
                        "Two days files were given (\(days.name) and \(file.name)).",
                        fix: "Import one days file at a time. Nothing was imported."
                    )
                }
                let parsed = DaysCSV.parse(records, fileName: file.name, today: context.today)
                days = (file.name, parsed.rows)
                diagnostics += parsed.diagnostics
            case .episodes:
                if let episodes {
                    throw .invalidInput(
                        "Two episodes files were given (\(episodes.name) and \(file.name)).",
                        fix: "Import one episodes file at a time. Nothing was imported."
                    )
                }
                let parsed = EpisodesCSV.parse(records, fileName: file.name, now: Int64(context.now.timeIntervalSince1970))
                episodes = (file.name, parsed.rows)
                diagnostics += parsed.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw .importFailed(diagnostics) }
        let dayRows = days?.rows ?? []
        let episodeRows = episodes?.rows ?? []
        let daysName = days?.name ?? DaysCSV.fileName
        let episodesName = episodes?.name ?? EpisodesCSV.fileName
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
            let plan = CSVImportPlan(
                days: dayRows,
                storedDays: storedDays,
                daysFile: daysName,
                episodes: episodeRows,
                storedEpisodes: storedEpisodes,
                episodesFile: episodesName,
                update: update
            )
            guard plan.conflicts.isEmpty else {
                var error = TwitchlessError.importFailed(plan.conflicts)
                error.code = .conflict
                error.fix = "Your stored data has not changed."
                error.next = .importReplacing
                throw error
            }
            try await session.saveDayLogs(plan.newDays + plan.changedDays)
            try await session.insertEpisodes(plan.newEpisodes)
            for episode in plan.changedEpisodes { try await session.updateEpisode(episode) }
            return plan
        }
        return Outcome(plan: plan, daysFile: days?.name, episodesFile: episodes?.name)
    }
}
