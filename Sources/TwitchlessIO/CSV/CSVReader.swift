public import TwitchlessCore

/// Reads RFC 4180 CSV (UTF-8, optional byte-order mark, LF or CRLF, quoted fields with doubled quotes).
/// Blank lines are skipped. Errors name the line.
public enum CSVReader {
    /// Splits `bytes` into records.
    /// - Throws: `invalidInput` for an unterminated quote or a quote in the middle of an unquoted field.
    public static func records(_ bytes: [UInt8], fileName: String = "the file") throws(TwitchlessError) -> [CSVRecord] {
        if String(validating: bytes, as: UTF8.self) == nil {
            let line = firstInvalidLine(bytes)
            throw .invalidInput(
                "\(fileName) is not UTF-8 text (line \(line) has characters in another encoding).",
                fix: "Save the file as UTF-8 (in most spreadsheet apps: \"CSV UTF-8\") and import it again."
            )
        }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var inQuotes = false
        var fieldWasQuoted = false
        var recordHasContent = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == comma {
                recordHasContent = true
                endField()
            } else if byte == lf || byte == cr {
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else if byte == quote {
                guard field.isEmpty, !fieldWasQuoted else {
                    throw .invalidInput(
                        "Line \(line) of \(fileName) has a quote mark in the middle of a value.",
                        fix: "Put the whole value in double quotes and write a quote inside it as two quotes (\"\")."
                    )
                }
                inQuotes = true
                fieldWasQuoted = true
                recordHasContent = true
            } else {
                if fieldWasQuoted {
                    throw .invalidInput(
                        "Line \(line) of \(fileName) has text after a closing quote mark.",
                        fix: "Put the whole value in double quotes and write a quote inside it as two quotes (\"\")."
                    )
                }
                field.append(byte)
            }
            index += 1
        }
        if inQuotes {
            throw .invalidInput(
                "A quoted value that starts on line \(recordLine) of \(fileName) never ends.",
                fix: "Add the missing closing quote mark."
            )
        }
        if !field.isEmpty || !fields.isEmpty || recordHasContent { endRecord() }
        return records
    }

    /// The line of the first byte sequence that is not valid UTF-8.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if String(validating: bytes[start...index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
