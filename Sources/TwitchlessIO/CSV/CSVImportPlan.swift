public import TwitchlessCore

/// What importing parsed CSV rows would change, worked out before anything is written.
///
/// The natural keys are the date for a day and (instant, site, kind) for an episode. A row equal to what is stored
/// changes nothing, so importing a file twice adds nothing. A row whose key is stored with other values is a
/// conflict: the whole import stops, unless `update` is set, in which case the row replaces the stored values.
public struct CSVImportPlan: Sendable {
    public var newDays: [DayLog] = []
    public var changedDays: [DayLog] = []
    public var unchangedDays = 0
    public var newEpisodes: [Episode] = []
    public var changedEpisodes: [Episode] = []
    public var unchangedEpisodes = 0
    public var conflicts: [CSVDiagnostic] = []

    /// What is stored for a date: the day log and the supplemental magnesium of logged products, if any.
    public struct StoredDay: Sendable {
        public var day: DayLog?
        public var loggedSupplements: Milligrams?

        public init(day: DayLog?, loggedSupplements: Milligrams?) {
            self.day = day
            self.loggedSupplements = loggedSupplements
        }

        /// The `magnesium_mg` value this day exports as.
        public var exportedMagnesium: Milligrams? {
            if loggedSupplements == nil && day?.reportedSupplementMagnesium == nil { return nil }
            return (loggedSupplements ?? .zero) + (day?.reportedSupplementMagnesium ?? .zero)
        }
    }

    public init(
        days: [DayRecord],
        storedDays: [LocalDate: StoredDay],
        daysFile: String,
        episodes: [EpisodeRecord],
        storedEpisodes: [Episode.Key: Episode],
        episodesFile: String,
        update: Bool
    ) {
        for record in days {
            let stored = storedDays[record.day.date] ?? StoredDay(day: nil, loggedSupplements: nil)
            // Start from what is stored: a column the file doesn't have leaves its value as it is.
            var wanted = stored.day ?? DayLog(date: record.day.date)
            wanted.isTracked = true
            // An untracked day holds only another app's values: the row's empty cells keep them.
            let keepsImported = stored.day.map { !$0.isTracked } ?? false
            for factor in record.columns where !keepsImported || record.day.value(of: factor) != nil {
                wanted.setValue(of: factor, from: record.day)
            }
            var fileMagnesium = stored.exportedMagnesium
            if record.hasMagnesiumColumn {
                fileMagnesium = record.supplementMagnesium
                if let total = record.supplementMagnesium {
                    let logged = stored.loggedSupplements ?? .zero
                    guard total >= logged else {
                        conflicts.append(
                            CSVDiagnostic(
                                file: daysFile,
                                line: record.line,
                                column: "magnesium_mg",
                                message:
                                    "On \(record.day.date) the supplements you logged already add up to \(DecimalText.format(logged.value, digits: 1)) mg, more than the \(total.decimalText) mg in the file. Please correct the file."
                            )
                        )
                        continue
                    }
                    wanted.reportedSupplementMagnesium = total == logged && stored.loggedSupplements != nil ? nil : total - logged
                } else {
                    wanted.reportedSupplementMagnesium = nil
                }
            }
            guard let existing = stored.day else {
                newDays.append(wanted)
                continue
            }
            if existing == wanted && fileMagnesium == stored.exportedMagnesium {
                unchangedDays += 1
            } else if !existing.isTracked {
                // Filled in by another app's import: the person's own row adds to it and marks the day tracked.
                changedDays.append(wanted)
            } else if update {
                changedDays.append(wanted)
            } else {
                let magnesiumChange = record.hasMagnesiumColumn ? (stored.exportedMagnesium, record.supplementMagnesium) : nil
                conflicts.append(
                    CSVDiagnostic(
                        file: daysFile,
                        line: record.line,
                        column: "date",
                        message:
                            "\(record.day.date) is already in your log with different values\(Self.differences(existing, wanted, record.columns, magnesiumChange))."
                    )
                )
            }
        }
        for record in episodes {
            let episode = record.episode
            guard let existing = storedEpisodes[episode.key] else {
                newEpisodes.append(episode)
                continue
            }
            if existing == episode {
                unchangedEpisodes += 1
            } else if update {
                changedEpisodes.append(episode)
            } else {
                conflicts.append(
                    CSVDiagnostic(
                        file: episodesFile,
                        line: record.line,
                        column: nil,
                        message:
                            "The \(episode.kind.rawValue) at \(episode.site.rawValue) on \(episode.startedAt.iso8601) is already in your log with different values\(Self.differences(existing, episode))."
                    )
                )
            }
        }
    }

    /// " (intensity 3 → 5, note empty → "worse")".
    static func differences(_ old: Episode, _ new: Episode) -> String {
        func show(_ value: Int?) -> String { value.map(String.init) ?? "empty" }
        var parts: [String] = []
        if old.startedAt.utcOffsetSeconds != new.startedAt.utcOffsetSeconds {
            parts.append("started_at \(old.startedAt.iso8601) → \(new.startedAt.iso8601)")
        }
        if old.intensity != new.intensity { parts.append("intensity \(show(old.intensity)) → \(show(new.intensity))") }
        if old.durationSeconds != new.durationSeconds { parts.append("duration_seconds \(show(old.durationSeconds)) → \(show(new.durationSeconds))") }
        if old.pain != new.pain { parts.append("pain \(show(old.pain)) → \(show(new.pain))") }
        if old.note != new.note { parts.append("note \(old.note.map { "\"\($0)\"" } ?? "empty") → \(new.note.map { "\"\($0)\"" } ?? "empty")") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// " (sleep_hours 7 → 6.5)".
    static func differences(
        _ old: DayLog,
        _ new: DayLog,
        _ columns: Set<DayFactor>,
        _ magnesium: (old: Milligrams?, new: Milligrams?)?
    ) -> String {
        var parts: [String] = []
        func show(_ factor: DayFactor, _ value: Double?) -> String {
            guard let value else { return "empty" }
            return factor.isYesNo ? (value != 0 ? "yes" : "no") : DecimalText.exact(value)
        }
        for factor in DayFactor.allCases where columns.contains(factor) && old.value(of: factor) != new.value(of: factor) {
            parts.append("\(factor.column) \(show(factor, old.value(of: factor))) → \(show(factor, new.value(of: factor)))")
        }
        if let magnesium, magnesium.old != magnesium.new {
            parts.append("magnesium_mg \(magnesium.old?.decimalText ?? "empty") → \(magnesium.new?.decimalText ?? "empty")")
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}
