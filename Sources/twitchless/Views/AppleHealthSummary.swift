import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessStore

/// What an Apple Health import read and stored, as text.
struct AppleHealthSummary {
    let file: String
    let reading: AppleHealthImport.Reading
    let seconds: Double
    let origin: MagnesiumOrigin?
    let magnesiumSkipped: Bool
    let changes: ImportChanges

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
        let used = ImportDocument.kinds.compactMap { kind -> String? in
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

    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n.formatted()) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
