public import TwitchlessCore

/// Reads an Apple Health export's elements into health records for the day aggregator.
///
/// Only the root's direct children are records: the `Record`s nested in a `Correlation` are copies of top-level
/// ones (the export's DTD says so) and are not counted again. A record's `HKTimeZone` metadata, which follows
/// its start tag, is read before the record is passed on.
struct AppleHealthHandler: XMLScanHandler {
    var aggregator: HealthDayAggregator
    /// Records of types Twitchless doesn't use (heart rate, steps, …).
    var otherRecords = 0
    /// Copies inside correlations of record types Twitchless uses, left out.
    var correlationCopies = 0
    /// Sleep records that say "in bed" or "awake" rather than asleep.
    var notAsleepRecords = 0
    /// Records with a unit Twitchless can't convert, by "kind unit".
    var unknownUnits: [String: Int] = [:]
    var exportDate: Timestamp?
    var locale: String?

    private var pending: HealthSample?

    init(aggregator: HealthDayAggregator) {
        self.aggregator = aggregator
    }

    mutating func startElement(_ name: XMLBytes, _ attributes: XMLAttributes, depth: Int) throws {
        switch depth {
        case 1:
            guard name.equals(Names.healthData) else { throw AppleHealthImport.notAnExport }
            locale = attributes.value(Names.locale)?.text
        case 2:
            pending = nil
            if name.equals(Names.record) {
                readRecord(attributes)
            } else if name.equals(Names.workout) {
                readWorkout(attributes)
            } else if name.equals(Names.exportDate), let value = attributes.value(Names.value), let date = AppleHealthDate.parse(value) {
                exportDate = Timestamp(epochSeconds: date.epochSeconds, utcOffsetSeconds: date.offset)
            }
        case 3:
            if pending != nil, name.equals(Names.metadataEntry) {
                if let key = attributes.value(Names.key), key.equals(Names.timeZoneKey), let zone = attributes.value(Names.value) {
                    pending?.timeZone = zone.text
                }
            } else if name.equals(Names.record), let type = attributes.value(Names.type), Self.kind(of: type) != nil {
                correlationCopies += 1
            }
        default:
            break
        }
    }

    mutating func endElement(depth: Int) throws {
        guard depth == 2, let sample = pending else { return }
        pending = nil
        aggregator.add(sample)
    }

    private mutating func readRecord(_ attributes: XMLAttributes) {
        // The type comes first in every export, so other records cost one short comparison.
        guard let type = attributes.value(Names.type) else {
            otherRecords += 1
            return
        }
        guard let kind = Self.kind(of: type) else {
            otherRecords += 1
            return
        }
        var source: XMLBytes?
        var unit: XMLBytes?
        var start: XMLBytes?
        var end: XMLBytes?
        var value: XMLBytes?
        // swift-format-ignore: ReplaceForEachWithForLoop
        // The attributes are read in place from the parser's buffer, not as a sequence of copies.
        attributes.forEach { name, text in
            if name.equals(Names.sourceName) || (source == nil && name.equals(Names.legacySource)) {
                source = text
            } else if name.equals(Names.unit) {
                unit = text
            } else if name.equals(Names.startDate) {
                start = text
            } else if name.equals(Names.endDate) {
                end = text
            } else if name.equals(Names.value) {
                value = text
            }
            return true
        }
        guard let startText = start, let begin = AppleHealthDate.parse(startText),
            let finish = end.flatMap(AppleHealthDate.parse) ?? Optional(begin)
        else {
            aggregator.addInvalid(kind)
            return
        }
        var amount = 0.0
        switch kind {
        case .sleep:
            guard let value else {
                aggregator.addInvalid(kind)
                return
            }
            switch Self.sleepState(value.text) {
            case .asleep: break
            case .notAsleep:
                notAsleepRecords += 1
                return
            case nil:
                aggregator.addInvalid(kind)
                return
            }
        case .mindful, .workout:
            break
        case .caffeine, .magnesium, .water, .alcohol:
            guard let number = value?.double else {
                aggregator.addInvalid(kind)
                return
            }
            let unitText = unit?.text ?? ""
            let factor: Double? =
                switch kind {
                case .caffeine, .magnesium: HealthUnit.milligrams(per: unitText)
                case .water: HealthUnit.litres(per: unitText)
                default: unitText == "count" || unitText.isEmpty ? 1 : nil
                }
            guard let factor else {
                unknownUnits["\(kind.rawValue) \(unitText.isEmpty ? "(none)" : unitText)", default: 0] += 1
                aggregator.addInvalid(kind)
                return
            }
            amount = number * factor
        }
        pending = HealthSample(
            kind: kind,
            source: source?.text ?? "",
            start: begin.epochSeconds,
            end: finish.epochSeconds,
            printedOffset: begin.offset,
            amount: amount
        )
    }

    private mutating func readWorkout(_ attributes: XMLAttributes) {
        var source: XMLBytes?
        var start: XMLBytes?
        var end: XMLBytes?
        var duration: XMLBytes?
        var durationUnit: XMLBytes?
        // swift-format-ignore: ReplaceForEachWithForLoop
        // The attributes are read in place from the parser's buffer, not as a sequence of copies.
        attributes.forEach { name, text in
            if name.equals(Names.sourceName) || (source == nil && name.equals(Names.legacySource)) {
                source = text
            } else if name.equals(Names.startDate) {
                start = text
            } else if name.equals(Names.endDate) {
                end = text
            } else if name.equals(Names.duration) {
                duration = text
            } else if name.equals(Names.durationUnit) {
                durationUnit = text
            }
            return true
        }
        guard let startText = start, let begin = AppleHealthDate.parse(startText),
            let endText = end, let finish = AppleHealthDate.parse(endText)
        else {
            aggregator.addInvalid(.workout)
            return
        }
        var minutes = 0.0
        if let value = duration?.double, let perUnit = HealthUnit.minutes(per: durationUnit?.text ?? "min") { minutes = value * perUnit }
        pending = HealthSample(
            kind: .workout,
            source: source?.text ?? "",
            start: begin.epochSeconds,
            end: finish.epochSeconds,
            printedOffset: begin.offset,
            amount: minutes
        )
    }

    enum SleepState { case asleep, notAsleep }

    /// HealthKit's sleep values, by name and by number (iOS 8 wrote "1" for asleep).
    static func sleepState(_ value: String) -> SleepState? {
        switch value {
        case "HKCategoryValueSleepAnalysisAsleep", "HKCategoryValueSleepAnalysisAsleepUnspecified",
            "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepDeep",
            "HKCategoryValueSleepAnalysisAsleepREM", "1", "3", "4", "5":
            .asleep
        case "HKCategoryValueSleepAnalysisInBed", "HKCategoryValueSleepAnalysisAwake", "0", "2":
            .notAsleep
        default:
            nil
        }
    }

    /// The kind of record a HealthKit type identifier holds, or nil for types Twitchless doesn't use.
    static func kind(of type: XMLBytes) -> HealthSample.Kind? {
        for (bytes, kind) in Names.recordTypes where type.equals(bytes) { return kind }
        return nil
    }

    enum Names {
        static let healthData = Array("HealthData".utf8)
        static let record = Array("Record".utf8)
        static let workout = Array("Workout".utf8)
        static let exportDate = Array("ExportDate".utf8)
        static let metadataEntry = Array("MetadataEntry".utf8)
        static let locale = Array("locale".utf8)
        static let type = Array("type".utf8)
        static let key = Array("key".utf8)
        static let value = Array("value".utf8)
        static let unit = Array("unit".utf8)
        static let sourceName = Array("sourceName".utf8)
        static let legacySource = Array("source".utf8)
        static let startDate = Array("startDate".utf8)
        static let endDate = Array("endDate".utf8)
        static let duration = Array("duration".utf8)
        static let durationUnit = Array("durationUnit".utf8)
        static let timeZoneKey = Array("HKTimeZone".utf8)
        static let recordTypes: [([UInt8], HealthSample.Kind)] = [
            (Array("HKCategoryTypeIdentifierSleepAnalysis".utf8), .sleep),
            (Array("HKQuantityTypeIdentifierDietaryCaffeine".utf8), .caffeine),
            (Array("HKQuantityTypeIdentifierDietaryWater".utf8), .water),
            (Array("HKQuantityTypeIdentifierDietaryMagnesium".utf8), .magnesium),
            (Array("HKQuantityTypeIdentifierNumberOfAlcoholicBeverages".utf8), .alcohol),
            (Array("HKCategoryTypeIdentifierMindfulSession".utf8), .mindful),
        ]
    }
}
