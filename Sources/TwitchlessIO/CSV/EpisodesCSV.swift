import Foundation
public import TwitchlessCore

/// The `episodes.csv` format: one row per episode.
///
/// Columns: `started_at` (ISO 8601 with offset, required), `site` (required), `kind` (required), `intensity` (1–10),
/// `duration_seconds`, `pain` (0–10), `note`. An episode keeps the offset it was written with and belongs to
/// the local date of `started_at` as written.
public enum EpisodesCSV {
    public static let fileName = "episodes.csv"
    public static let documentedColumns = ["started_at", "site", "kind", "intensity", "duration_seconds", "pain", "note"]

    /// Reads the records after the header, collecting a diagnostic for every bad cell. A row repeated with the same
    /// values counts once; repeated with other values, it is a problem.
    public static func parse(
        _ records: [CSVRecord],
        fileName: String = fileName,
        now epochSeconds: Int64
    )
        -> (rows: [EpisodeRecord], diagnostics: [CSVDiagnostic])
    {
        guard let header = records.first else { return ([], []) }
        var reader = Reader(header: header, fileName: fileName, now: epochSeconds)
        var diagnostics = reader.headerDiagnostics
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        var rows: [EpisodeRecord] = []
        var seen: [Episode.Key: EpisodeRecord] = [:]
        for record in records.dropFirst() {
            guard let row = reader.read(record, diagnostics: &diagnostics) else { continue }
            if let earlier = seen[row.episode.key] {
                if earlier.episode != row.episode { diagnostics.append(repeated(row, earlierLine: earlier.line, fileName: fileName)) }
                continue
            }
            seen[row.episode.key] = row
            rows.append(row)
        }
        return (rows, diagnostics)
    }

    /// The problem of an episode (same time, site and kind) on two lines with different values.
    public static func repeated(_ row: EpisodeRecord, earlierLine: Int, fileName: String) -> CSVDiagnostic {
        CSVDiagnostic(
            file: fileName,
            line: row.line,
            column: nil,
            message: "This episode (same time, site and kind) is also on line \(earlierLine) with different values. Please keep one of them."
        )
    }

    /// Reads rows one at a time after the header, so a file of any size can be read as it streams in.
    public struct Reader: Sendable {
        let header: CSVRecord
        let fileName: String
        let now: Int64
        let columns: [String: Int]
        /// Problems with the header (unknown, repeated or missing columns): no row is read when there are any.
        public let headerDiagnostics: [CSVDiagnostic]

        public init(header: CSVRecord, fileName: String = EpisodesCSV.fileName, now epochSeconds: Int64) {
            var diagnostics: [CSVDiagnostic] = []
            columns = CSVHeader.columns(
                header,
                known: documentedColumns,
                required: ["started_at", "site", "kind"],
                file: fileName,
                diagnostics: &diagnostics
            )
            headerDiagnostics = diagnostics
            self.header = header
            self.fileName = fileName
            now = epochSeconds
        }

        /// The row's episode, or nil with its problems added to `diagnostics`.
        public func read(_ record: CSVRecord, diagnostics: inout [CSVDiagnostic]) -> EpisodeRecord? {
            let columns = columns
            let epochSeconds = now
            func cell(_ name: String) -> String? { CSVHeader.cell(record, columns, name) }
            var rowProblems: [CSVDiagnostic] = []
            func report(_ column: String?, _ error: TwitchlessError) {
                rowProblems.append(CSVDiagnostic(file: fileName, line: record.line, column: column, message: error.description))
            }
            guard record.fields.count <= header.fields.count else {
                report(
                    nil,
                    .invalidInput(
                        "This line has \(record.fields.count) values but the header has \(header.fields.count).",
                        fix: "Check for an unquoted comma in the note; quote notes that contain commas."
                    )
                )
                diagnostics += rowProblems
                return nil
            }
            var startedAt: Timestamp?
            if let text = cell("started_at") {
                if let parsed = Timestamp(iso8601: text) {
                    if parsed.localDate < LocalDate.earliestLoggable {
                        report(
                            "started_at",
                            .invalidInput(
                                "The time \(text) is too long ago: \(LocalDate.loggableWords).",
                                fix: "Please correct it or remove the row."
                            )
                        )
                    } else if parsed.epochSeconds - 60 > epochSeconds {
                        report("started_at", .invalidInput("The time \(text) is in the future.", fix: "Please correct it or remove the row."))
                    } else {
                        startedAt = parsed
                    }
                } else {
                    report(
                        "started_at",
                        .invalidInput(
                            "We couldn't read the time \"\(text)\".",
                            fix: "Please use ISO 8601 with the UTC offset, like 2026-11-24T21:15:00+01:00."
                        )
                    )
                }
            } else {
                report("started_at", .invalidInput("The start time is missing.", fix: "Please give a time like 2026-11-24T21:15:00+01:00."))
            }
            var site: BodySite?
            if let text = cell("site") {
                do { site = try BodySite(parsing: text) } catch { report("site", error) }
            } else {
                report(
                    "site",
                    .invalidInput(
                        "The body site is missing.",
                        fix: "Please give one of: \(BodySite.allCases.map(\.rawValue).joined(separator: ", "))."
                    )
                )
            }
            var kind: EpisodeKind?
            if let text = cell("kind") {
                do { kind = try EpisodeKind(parsing: text) } catch { report("kind", error) }
            } else {
                report("kind", .invalidInput("The kind is missing.", fix: "Please give twitch, spasm or cramp."))
            }
            func integer(_ column: String, _ range: ClosedRange<Int>, _ hint: String) -> Int? {
                guard let text = cell(column) else { return nil }
                guard let value = Int(text), range.contains(value) else {
                    report(column, .invalidInput("\"\(text)\" is not a valid \(column.replacingOccurrences(of: "_", with: " ")).", fix: hint))
                    return nil
                }
                return value
            }
            let intensity = integer("intensity", 1...10, "Please use a whole number from 1 (barely) to 10 (strongest).")
            let duration = integer("duration_seconds", 0...(7 * 86_400), "Please give the duration in whole seconds, like 90.")
            let pain = integer("pain", 0...10, "Please use a whole number from 0 (none) to 10 (worst).")
            let note = columns["note"].flatMap { $0 < record.fields.count ? record.fields[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 }
            diagnostics += rowProblems
            guard rowProblems.isEmpty, let startedAt, let site, let kind else { return nil }
            let episode = Episode(
                startedAt: startedAt,
                site: site,
                kind: kind,
                intensity: intensity,
                durationSeconds: duration,
                pain: pain,
                note: note
            )
            return EpisodeRecord(episode: episode, line: record.line)
        }
    }

    /// Writes the header and one row per episode, in time order.
    public static func write(_ episodes: [Episode]) -> String {
        var writer = CSVWriter()
        writer.write(documentedColumns)
        let sorted = episodes.sorted {
            ($0.startedAt.epochSeconds, $0.site.rawValue, $0.kind.rawValue) < ($1.startedAt.epochSeconds, $1.site.rawValue, $1.kind.rawValue)
        }
        for episode in sorted {
            writer.write([
                episode.startedAt.iso8601,
                episode.site.rawValue,
                episode.kind.rawValue,
                episode.intensity.map(String.init) ?? "",
                episode.durationSeconds.map(String.init) ?? "",
                episode.pain.map(String.init) ?? "",
                episode.note ?? "",
            ])
        }
        return writer.text
    }
}
