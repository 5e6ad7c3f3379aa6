package import TwitchlessCore
package import TwitchlessIO
package import TwitchlessStore

/// What an Apple Health import read and stored, as `import apple-health --json` and
/// `POST /api/v1/imports/apple-health` show it.
package struct ImportDocument: Encodable, Sendable {
    package struct TypeCount: Encodable, Sendable {
        package var type: String
        package var records: Int
        package var used: Int
        package var duplicates: Int
        package var future: Int
        package var invalid: Int
        package var implausibleDays: Int
        package var days: Int
        @Nullable package var first: String?
        @Nullable package var last: String?
    }

    /// The file's name on the command line; null for an upload.
    @Nullable package var file: String?
    /// The XML file read inside a zip; null when the export was the XML itself.
    @Nullable package var entry: String?
    package var bytes: Int64
    package var seconds: Double
    @Nullable package var exportDate: String?
    package var types: [TypeCount]
    package var otherRecords: Int
    package var correlationCopies: Int
    package var notAsleepRecords: Int
    package var unknownUnits: [String: Int]
    @Nullable package var magnesiumOrigin: String?
    package var magnesiumSkipped: Bool
    package var stored: ImportChanges

    /// The kinds of record an import reads, in the order they are shown.
    package static let kinds: [HealthSample.Kind] = [.sleep, .caffeine, .water, .alcohol, .magnesium, .mindful, .workout]

    package init(file: String?, seconds: Double, outcome: AppleHealthImporting.Outcome) {
        let reading = outcome.reading
        self.file = file
        entry = reading.entryName
        bytes = reading.bytes
        self.seconds = (seconds * 1000).rounded() / 1000
        exportDate = reading.exportDate?.iso8601
        types = Self.kinds.map { kind in
            let tally = reading.tallies[kind] ?? HealthDayAggregator.Tally()
            return TypeCount(
                type: kind.rawValue,
                records: tally.records,
                used: tally.used,
                duplicates: tally.duplicates,
                future: tally.future,
                invalid: tally.invalid,
                implausibleDays: tally.implausibleDays,
                days: tally.days,
                first: tally.first?.description,
                last: tally.last?.description
            )
        }
        otherRecords = reading.otherRecords
        correlationCopies = reading.correlationCopies
        notAsleepRecords = reading.notAsleepRecords
        unknownUnits = reading.unknownUnits
        magnesiumOrigin = outcome.origin?.rawValue
        magnesiumSkipped = outcome.magnesiumSkipped
        stored = outcome.changes
    }
}
