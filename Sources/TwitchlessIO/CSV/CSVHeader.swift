import TwitchlessCore

/// Header handling shared by the CSV formats: column positions, unknown and missing columns.
enum CSVHeader {
    /// Maps column names to positions, reporting unknown, repeated and missing required columns.
    static func columns(
        _ header: CSVRecord,
        known: [String],
        required: [String],
        file: String,
        diagnostics: inout [CSVDiagnostic]
    ) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingWhitespace().lowercased()
            if name.isEmpty { continue }
            guard known.contains(name) else {
                diagnostics.append(
                    CSVDiagnostic(
                        file: file,
                        line: header.line,
                        column: raw,
                        message: "\"\(raw)\" is not a column we know. The columns are: \(known.joined(separator: ", ")). Please rename or remove it."
                    )
                )
                continue
            }
            if positions[name] != nil {
                diagnostics.append(
                    CSVDiagnostic(file: file, line: header.line, column: raw, message: "The column \"\(name)\" appears twice. Please keep one.")
                )
                continue
            }
            positions[name] = index
        }
        for name in required where positions[name] == nil {
            diagnostics.append(
                CSVDiagnostic(file: file, line: header.line, column: nil, message: "The required column \"\(name)\" is missing from the header.")
            )
        }
        return positions
    }

    /// The trimmed cell of `name`, or nil when the column is absent or the cell is empty.
    static func cell(_ record: CSVRecord, _ columns: [String: Int], _ name: String) -> String? {
        guard let index = columns[name], index < record.fields.count else { return nil }
        let value = record.fields[index].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }
}
