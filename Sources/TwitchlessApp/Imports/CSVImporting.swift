import Foundation
package import TwitchlessCore
package import TwitchlessIO
import TwitchlessStore

/// Importing days.csv and episodes.csv (one of each at most), recognised by their header: all or nothing, and
/// values that differ from stored ones are refused unless the person asks to replace them. Files stream through a
/// few thousand rows at a time inside one transaction, so a file of any size takes the same memory.
package enum CSVImporting {
    /// One file: its name (for messages), and its bytes or where it is.
    package struct File: Sendable {
        package var name: String
        private var bytes: [UInt8]?
        private var path: String?

        package init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        package init(name: String, path: String) {
            self.name = name
            self.path = path
        }

        func records() throws(TwitchlessError) -> CSVRecordStream {
            if let path { return try CSVRecordStream(path: path, fileName: name) }
            return CSVRecordStream(bytes: bytes ?? [], fileName: name)
        }
    }

    /// What an import did.
    package struct Counts: Sendable, Equatable {
        package var newDays = 0
        package var changedDays = 0
        package var unchangedDays = 0
        package var newEpisodes = 0
        package var changedEpisodes = 0
        package var unchangedEpisodes = 0
    }

    package struct Outcome: Sendable {
        package var counts: Counts
        /// The days file's name, when one was given.
        package var daysFile: String?
        /// The episodes file's name, when one was given.
        package var episodesFile: String?
    }

    /// Rows planned and written together.
    static let batchSize = 2_000

    /// - Parameter update: replace stored values with the file's where they differ.
    /// - Throws: `invalidInput` for a file that is neither kind, two files of one kind, or rows that can't be read
    ///   (each named with its line); `conflict` when the files disagree with stored values and `update` is false.
    ///   Nothing is stored then.
    package static func run(_ files: [File], update: Bool, context: AppContext) async throws(TwitchlessError) -> Outcome {
        var days: File?
        var episodes: File?
        for file in files {
            var records = try file.records()
            guard let header = try records.next(), let kind = CSVFileKind.recognize(header) else {
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
                days = file
            case .episodes:
                if let episodes {
                    throw .invalidInput(
                        "Two episodes files were given (\(episodes.name) and \(file.name)).",
                        fix: "Import one episodes file at a time. Nothing was imported."
                    )
                }
                episodes = file
            }
        }
        let (daysFile, episodesFile) = (days, episodes)
        let today = context.today
        let now = Int64(context.now.timeIntervalSince1970)
        let counts = try await context.write { session -> Counts in
            var run = Run(session: session, update: update)
            if let daysFile { try await run.days(daysFile, today: today) }
            if let episodesFile { try await run.episodes(episodesFile, now: now) }
            if run.problems.total > 0 { throw TwitchlessError.importFailed(run.problems.shown, total: run.problems.total) }
            if run.conflicts.total > 0 {
                var error = TwitchlessError.importFailed(run.conflicts.shown, total: run.conflicts.total)
                error.code = .conflict
                error.fix = "Your stored data has not changed."
                error.next = .importReplacing
                throw error
            }
            return run.counts
        }
        return Outcome(counts: counts, daysFile: days?.name, episodesFile: episodes?.name)
    }

    /// Problems found so far: the first ones in full, and how many in all.
    struct Problems {
        var shown: [CSVDiagnostic] = []
        var total = 0

        mutating func add(_ found: [CSVDiagnostic]) {
            total += found.count
            shown += found.prefix(TwitchlessError.diagnosticsShown - shown.count)
        }
    }

    /// One import in its transaction: it writes batch by batch while nothing is wrong (a problem anywhere refuses the
    /// whole import, and the transaction then stores nothing), and reads on to find every problem.
    struct Run {
        let session: StoreSession
        let update: Bool
        var problems = Problems()
        var conflicts = Problems()
        var counts = Counts()

        var isClean: Bool { problems.total == 0 && conflicts.total == 0 }

        mutating func days(_ file: File, today: LocalDate) async throws {
            var records = try file.records()
            guard let header = try records.next() else { return }
            var reader = DaysCSV.Reader(header: header, fileName: file.name, today: today)
            problems.add(reader.headerDiagnostics)
            guard reader.headerDiagnostics.isEmpty else { return }
            try await batches(
                of: &records,
                read: { reader.read($0, diagnostics: &$1) },
                then: { run, batch in try await run.days(batch, file: file.name) }
            )
        }

        /// The rows after the header, `batchSize` at a time: `read` makes a row of a record (or adds its problems),
        /// `then` plans and writes a batch.
        private mutating func batches<Row>(
            of records: inout CSVRecordStream,
            read: (CSVRecord, inout [CSVDiagnostic]) -> Row?,
            then flush: (inout Run, [Row]) async throws -> Void
        ) async throws {
            var batch: [Row] = []
            while let record = try records.next() {
                var found: [CSVDiagnostic] = []
                if let row = read(record, &found) { batch.append(row) }
                problems.add(found)
                if batch.count == CSVImporting.batchSize {
                    try await flush(&self, batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try await flush(&self, batch)
        }

        private mutating func days(_ batch: [DayRecord], file: String) async throws {
            guard let first = batch.map(\.day.date).min(), let last = batch.map(\.day.date).max() else { return }
            var stored: [LocalDate: CSVImportPlan.StoredDay] = [:]
            let wanted = Set(batch.map(\.day.date))
            let totals = try await session.supplementTotals(in: first...last)
            for log in try await session.ownDayLogs(in: first...last) where wanted.contains(log.date) {
                stored[log.date] = .init(day: log, loggedSupplements: totals[log.date])
            }
            for (date, total) in totals where stored[date] == nil && wanted.contains(date) {
                stored[date] = .init(day: nil, loggedSupplements: total)
            }
            let plan = CSVImportPlan(
                days: batch,
                storedDays: stored,
                daysFile: file,
                episodes: [],
                storedEpisodes: [:],
                episodesFile: EpisodesCSV.fileName,
                update: update
            )
            conflicts.add(plan.conflicts)
            counts.newDays += plan.newDays.count
            counts.changedDays += plan.changedDays.count
            counts.unchangedDays += plan.unchangedDays
            if isClean { try await session.saveDayLogs(plan.newDays + plan.changedDays) }
        }

        mutating func episodes(_ file: File, now: Int64) async throws {
            var records = try file.records()
            guard let header = try records.next() else { return }
            let reader = EpisodesCSV.Reader(header: header, fileName: file.name, now: now)
            problems.add(reader.headerDiagnostics)
            guard reader.headerDiagnostics.isEmpty else { return }
            try await session.beginImportedEpisodes()
            try await batches(
                of: &records,
                read: { reader.read($0, diagnostics: &$1) },
                then: { run, batch in try await run.episodes(batch, file: file.name) }
            )
            try await session.endImportedEpisodes()
        }

        /// A batch of rows: repeats of rows read before (the same values count once, others are a problem), then the
        /// rest against what is stored.
        private mutating func episodes(_ batch: [EpisodeRecord], file: String) async throws {
            guard !batch.isEmpty else { return }
            var firstInBatch: [Episode.Key: EpisodeRecord] = [:]
            var rows: [EpisodeRecord] = []
            var repeats: [CSVDiagnostic] = []
            for row in batch {
                if let earlier = firstInBatch[row.episode.key] {
                    if earlier.episode != row.episode { repeats.append(EpisodesCSV.repeated(row, earlierLine: earlier.line, fileName: file)) }
                    continue
                }
                firstInBatch[row.episode.key] = row
                rows.append(row)
            }
            let earlier = try await session.rememberImportedEpisodes(
                rows.map { StoreSession.ImportedEpisode(key: $0.episode.key, line: $0.line, digest: Int64($0.episode.hashValue)) }
            )
            rows = rows.filter { row in
                guard let first = earlier[row.episode.key] else { return true }
                if first.digest != Int64(row.episode.hashValue) {
                    repeats.append(EpisodesCSV.repeated(row, earlierLine: first.line, fileName: file))
                }
                return false
            }
            problems.add(repeats.sorted { $0.line < $1.line })
            let plan = CSVImportPlan(
                days: [],
                storedDays: [:],
                daysFile: DaysCSV.fileName,
                episodes: rows,
                storedEpisodes: try await session.episodes(withKeys: rows.map(\.episode.key)),
                episodesFile: file,
                update: update
            )
            conflicts.add(plan.conflicts)
            counts.newEpisodes += plan.newEpisodes.count
            counts.changedEpisodes += plan.changedEpisodes.count
            counts.unchangedEpisodes += plan.unchangedEpisodes
            if isClean {
                try await session.insertEpisodes(plan.newEpisodes)
                for episode in plan.changedEpisodes { try await session.updateEpisode(episode) }
            }
        }
    }
}
