public import TwitchlessCore

/// The `days.csv` format: one row per tracked day.
///
/// Columns: `date` (YYYY-MM-DD, required), `sleep_hours`, `stress`, `caffeine_mg`, `alcohol_drinks`,
/// `water_liters`, `exercise_minutes`, `processed_meals`, `magnesium_mg`, then the app's own day factors in their
/// order (`prolonged_muscle_use` as yes/no, `mindful_minutes`, and any factor added later). Any cell but `date` may be
/// empty: not logged.
public enum DaysCSV {
    public static let fileName = "days.csv"
    public static let documentedColumns = [
        "date", "sleep_hours", "stress", "caffeine_mg", "alcohol_drinks",
        "water_liters", "exercise_minutes", "processed_meals", "magnesium_mg",
    ]
    /// Every day factor the documented columns don't name, by its column name: the first two in the order files have
    /// always had them, then any added later in `DayFactor`'s order.
    public static let appColumns: [String] = {
        let first = ["prolonged_muscle_use", "mindful_minutes"]
        return first + DayFactor.allCases.map(\.column).filter { !documentedColumns.contains($0) && !first.contains($0) }
    }()
    public static var allColumns: [String] { documentedColumns + appColumns }

    /// Reads the records after the header, collecting a diagnostic for every bad cell.
    public static func parse(
        _ records: [CSVRecord],
        fileName: String = fileName,
        today: LocalDate
    )
        -> (rows: [DayRecord], diagnostics: [CSVDiagnostic])
    {
        guard let header = records.first else { return ([], []) }
        var reader = Reader(header: header, fileName: fileName, today: today)
        var diagnostics = reader.headerDiagnostics
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        let rows = records.dropFirst().compactMap { reader.read($0, diagnostics: &diagnostics) }
        return (rows, diagnostics)
    }

    /// Reads rows one at a time after the header, so a file can be read as it streams in. It remembers the line of
    /// each date (at most one per day from 1900 to 2199) to find a date given twice.
    public struct Reader: Sendable {
        let header: CSVRecord
        let fileName: String
        let today: LocalDate
        let columns: [String: Int]
        let present: Set<DayFactor>
        let hasMagnesium: Bool
        var firstLine: [LocalDate: Int] = [:]
        /// Problems with the header (unknown, repeated or missing columns): no row is read when there are any.
        public let headerDiagnostics: [CSVDiagnostic]

        public init(header: CSVRecord, fileName: String = DaysCSV.fileName, today: LocalDate) {
            var diagnostics: [CSVDiagnostic] = []
            let columns = CSVHeader.columns(header, known: allColumns, required: ["date"], file: fileName, diagnostics: &diagnostics)
            headerDiagnostics = diagnostics
            self.columns = columns
            present = Set(DayFactor.allCases.filter { columns[$0.column] != nil })
            hasMagnesium = columns["magnesium_mg"] != nil
            self.header = header
            self.fileName = fileName
            self.today = today
        }

        /// The row's day, or nil when its date can't be used; its problems are added to `diagnostics`.
        public mutating func read(_ record: CSVRecord, diagnostics: inout [CSVDiagnostic]) -> DayRecord? {
            let (columns, present, hasMagnesium, fileName, today) = (self.columns, self.present, self.hasMagnesium, self.fileName, self.today)
            func cell(_ name: String) -> String? { CSVHeader.cell(record, columns, name) }
            func report(_ column: String?, _ error: TwitchlessError) {
                diagnostics.append(CSVDiagnostic(file: fileName, line: record.line, column: column, message: error.description))
            }
            guard record.fields.count <= header.fields.count else {
                report(
                    nil,
                    .invalidInput(
                        "This line has \(record.fields.count) values but the header has \(header.fields.count).",
                        fix: "Check for an unquoted comma."
                    )
                )
                return nil
            }
            var date: LocalDate?
            if let dateText = cell("date") {
                if let parsed = LocalDate(iso: dateText) {
                    if parsed < LocalDate.earliestLoggable {
                        report(
                            "date",
                            .invalidInput(
                                "The date \(parsed) is too long ago: \(LocalDate.loggableWords).",
                                fix: "Please correct it or remove the row."
                            )
                        )
                    } else if parsed > today {
                        report("date", .invalidInput("The date \(parsed) is in the future.", fix: "Please remove this row or correct the date."))
                    } else if let earlier = firstLine[parsed] {
                        report("date", .invalidInput("The date \(parsed) is also on line \(earlier).", fix: "Keep one row per day."))
                    } else {
                        firstLine[parsed] = record.line
                        date = parsed
                    }
                } else {
                    report("date", .invalidInput("We couldn't read the date \"\(dateText)\".", fix: "Please use a date like \(today)."))
                }
            } else {
                report("date", .invalidInput("The date is missing.", fix: "Please give a date like \(today)."))
            }
            // Every cell is checked, even when the date is wrong, so one import lists every problem.
            var day = DayLog(date: date ?? today, isTracked: true)
            for factor in DayFactor.allCases {
                guard let text = cell(factor.column) else { continue }
                do { day.set(factor, try factor.parse(text)) } catch { report(factor.column, error) }
            }
            var magnesium: Milligrams?
            if let text = cell("magnesium_mg") {
                if let value = DecimalText.parse(text), value >= 0, value <= 100_000 {
                    magnesium = Milligrams(value)
                } else {
                    report(
                        "magnesium_mg",
                        .invalidInput(
                            "\"\(text)\" is not an amount of magnesium.",
                            fix: "Please write the milligrams of elemental magnesium, like 200."
                        )
                    )
                }
            }
            guard date != nil else { return nil }
            return DayRecord(day: day, supplementMagnesium: magnesium, line: record.line, columns: present, hasMagnesiumColumn: hasMagnesium)
        }
    }

    /// Writes the header and one row per record, sorted by date.
    public static func write(_ rows: [DayRecord]) -> String {
        var writer = CSVWriter()
        writer.write(allColumns)
        for row in rows.sorted(by: { $0.day.date < $1.day.date }) {
            let day = row.day
            writer.write(
                allColumns.map { column in
                    switch column {
                    case "date": return day.date.description
                    case "magnesium_mg": return row.supplementMagnesium?.decimalText ?? ""
                    default:
                        guard let factor = DayFactor(rawValue: column), let value = day.value(of: factor) else { return "" }
                        return factor.isYesNo ? (value != 0 ? "yes" : "no") : DecimalText.exact(value)
                    }
                }
            )
        }
        return writer.text
    }
}
