import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessStore

/// What an Apple Health import read and stored, as text and as JSON.
struct AppleHealthSummary {
    let file: String
    let reading: AppleHealthImport.Reading
    let seconds: Double
    let origin: MagnesiumOrigin?
    let magnesiumSkipped: Bool
    let changes: ImportChanges

    static let order: [HealthSample.Kind] = [.sleep, .caffeine, .water, .alcohol, .magnesium, .mindful, .workout]

    static func label(_ kind: HealthSample.Kind) -> String {
        switch kind {
        case .sleep: "Sleep"
        case .caffeine: "Caffeine"
        case .water: "Water"
        case .alcohol: "Alcohol"
        case .magnesium: "Magnesium"
        case .mindful: "Relaxation"
        case .workout: "Workouts"
        }
    }

    var text: String {
        let name = (file as NSString).lastPathComponent
        var lines: [String] = []
        let inside = reading.entryName.map { "\($0), " } ?? ""
        lines.append(
            "Read \(name) (\(inside)\(ProgressBar.bytes(reading.bytes)) of health data) in \(seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : "\(DecimalText.format(seconds, digits: 1)) seconds")."
        )
        let used = Self.order.compactMap { kind -> String? in
            guard let tally = reading.tallies[kind], tally.records > 0 else { return nil }
            var line = "  \(Self.label(kind).padding(toLength: 11, withPad: " ", startingAt: 0))"
            let unit = kind == .sleep ? "night" : "day"
            if tally.days > 0, let first = tally.first, let last = tally.last {
                line += "\(Self.count(tally.days, unit)), \(first == last ? first.description : "\(first) to \(last)")"
            } else {
                line += "no usable values"
            }
            line += " (\(Self.count(tally.records, "record"))"
            if tally.duplicates > 0 { line += "; \(tally.duplicates) exact duplicate\(tally.duplicates == 1 ? "" : "s") counted once" }
            line += ")"
            if kind == .magnesium, tally.days > 0 {
                line += magnesiumSkipped ? ", not imported yet: see below" : ", counted as \(origin == .food ? "food" : "supplements")"
            }
            return line
        }
        if used.isEmpty {
            lines.append("The export has no sleep, caffeine, water, alcohol, magnesium, relaxation or workout records, so nothing was added.")
        } else {
            lines.append("From Apple Health:")
            lines += used
        }
        if changes.added + changes.changed + changes.unchanged > 0 {
            if changes.added == 0 && changes.changed == 0 && changes.removed == 0 {
                lines.append("Nothing new: all \(Self.count(changes.unchanged, "day value")) were already in your log.")
            } else {
                var line =
                    "Stored \(Self.count(changes.added, "new day value")), \(changes.changed) updated, \(changes.unchanged) already in your log"
                if changes.removed > 0 { line += "; \(changes.removed) no longer in the export removed" }
                lines.append(line + ".")
            }
        }
        var left: [String] = []
        if reading.otherRecords > 0 {
            left.append("\(Self.count(reading.otherRecords, "record")) of other kinds (heart rate, steps and the like), which Twitchless doesn't use")
        }
        if reading.correlationCopies > 0 {
            left.append("\(Self.count(reading.correlationCopies, "copy", plural: "copies")) inside grouped readings, already counted")
        }
        if reading.notAsleepRecords > 0 {
            left.append("\(Self.count(reading.notAsleepRecords, "sleep record")) of time in bed or awake, which is not sleep")
        }
        let future = reading.tallies.values.reduce(0) { $0 + $1.future }
        if future > 0 { left.append("\(Self.count(future, "record")) dated in the future (a device clock was wrong)") }
        let invalid = reading.tallies.values.reduce(0) { $0 + $1.invalid }
        if invalid > 0 { left.append("\(Self.count(invalid, "record")) without a usable value, date or unit") }
        let implausible = reading.tallies.values.reduce(0) { $0 + $1.implausibleDays }
        if implausible > 0 { left.append("\(Self.count(implausible, "day total")) beyond what a day can hold") }
        if !left.isEmpty { lines.append("Left out: " + left.joined(separator: "; ") + ".") }
        for (unit, count) in reading.unknownUnits.sorted(by: { $0.key < $1.key }) {
            let parts = unit.split(separator: " ", maxSplits: 1)
            lines.append(
                "\(Self.count(count, "\(parts[0]) record")) in the unit \"\(parts.count > 1 ? String(parts[1]) : "")\" could not be converted, so they were not added."
            )
        }
        if magnesiumSkipped {
            lines.append(
                "Magnesium was not imported because we don't know yet whether it came from food or supplements. Run the import again with --magnesium-from food or --magnesium-from supplement."
            )
        }
        if !used.isEmpty {
            lines.append("Your own entries always come first, and imported days are not marked as checked in: only your own check-in does that.")
        }
        return lines.map { $0.hasPrefix(" ") ? $0 : Output.wrap($0) }.joined(separator: "\n")
    }

    struct JSON: Encodable {
        struct TypeCount: Encodable {
            var type: String
            var records, used, duplicates, future, invalid, implausible_days, days: Int
            @Nullable var first: String?
            @Nullable var last: String?
        }
        var file: String
        @Nullable var entry: String?
        var bytes: Int64
        var seconds: Double
        @Nullable var export_date: String?
        var types: [TypeCount]
        var other_records: Int
        var correlation_copies: Int
        var not_asleep_records: Int
        var unknown_units: [String: Int]
        @Nullable var magnesium_origin: String?
        var magnesium_skipped: Bool
        var stored: ImportChanges
    }

    var json: JSON {
        JSON(
            file: file,
            entry: reading.entryName,
            bytes: reading.bytes,
            seconds: (seconds * 1000).rounded() / 1000,
            export_date: reading.exportDate?.iso8601,
            types: Self.order.map { kind in
                let tally = reading.tallies[kind] ?? HealthDayAggregator.Tally()
                return .init(
                    type: kind.rawValue,
                    records: tally.records,
                    used: tally.used,
                    duplicates: tally.duplicates,
                    future: tally.future,
                    invalid: tally.invalid,
                    implausible_days: tally.implausibleDays,
                    days: tally.days,
                    first: tally.first?.description,
                    last: tally.last?.description
                )
            },
            other_records: reading.otherRecords,
            correlation_copies: reading.correlationCopies,
            not_asleep_records: reading.notAsleepRecords,
            unknown_units: reading.unknownUnits,
            magnesium_origin: origin?.rawValue,
            magnesium_skipped: magnesiumSkipped,
            stored: changes
        )
    }

    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n.formatted()) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
