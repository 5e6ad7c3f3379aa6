public import Foundation
public import TwitchlessCore

/// Reads RFC 4180 CSV one record at a time from chunks of bytes (a file read 64 KB at a time, or bytes in memory), so
/// a file of any size takes the same memory: UTF-8, an optional byte-order mark, LF or CRLF, quoted fields with doubled
/// quotes. Blank lines are skipped. Errors name the line.
public struct CSVRecordStream {
    private var nextChunk: () throws -> [UInt8]?
    private let fileName: String
    private var chunk: [UInt8] = []
    private var index = 0
    private var finished = false
    private var ready: [CSVRecord] = []
    private var readyIndex = 0

    private var fields: [String] = []
    private var field: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    /// A quote inside quotes was the chunk's last byte: the next byte says whether it was doubled.
    private var quoteInQuotes = false
    /// A CR ended the last record: an LF right after it belongs to it.
    private var afterCR = false
    private var fieldWasQuoted = false
    private var recordHasContent = false
    private var atStart = true
    /// The first bytes, kept until there are enough to look for a byte-order mark.
    private var opening: [UInt8] = []

    /// - Parameter nextChunk: the next bytes of the file, or nil at its end.
    public init(fileName: String = "the file", nextChunk: @escaping () throws -> [UInt8]?) {
        self.fileName = fileName
        self.nextChunk = nextChunk
    }

    /// The records of bytes already in memory.
    public init(bytes: [UInt8], fileName: String = "the file") {
        var given: [UInt8]? = bytes
        self.init(fileName: fileName) {
            defer { given = nil }
            return given
        }
    }

    /// The records of a file, read 64 KB at a time.
    /// - Throws: `notFound` when the file can't be opened.
    public init(path: String, fileName: String) throws(TwitchlessError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TwitchlessError(
                .notFound,
                "The file \(path) could not be read.",
                fix: "Check the path and that the file is readable. Nothing was imported."
            )
        }
        self.init(fileName: fileName) {
            let data = try handle.read(upToCount: 1 << 16) ?? Data()
            if data.isEmpty {
                try? handle.close()
                return nil
            }
            return [UInt8](data)
        }
    }

    /// The next record, or nil after the last.
    /// - Throws: `invalidInput` for text that isn't UTF-8, an unterminated quote, or a quote in the middle of an
    ///   unquoted field; `unavailable` when the file can't be read.
    public mutating func next() throws(TwitchlessError) -> CSVRecord? {
        while readyIndex == ready.count {
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            if finished { return nil }
            let bytes: [UInt8]?
            do {
                bytes = try nextChunk()
            } catch {
                throw TwitchlessError(
                    .unavailable,
                    "\(fileName) could not be read to the end.",
                    fix: "Check the file and try again. Nothing was imported."
                )
            }
            guard let bytes else {
                if atStart {
                    // A file shorter than a byte-order mark.
                    chunk = opening
                    index = 0
                    try scan()
                }
                try finish()
                continue
            }
            if atStart && opening.count + bytes.count < 3 {
                // Not yet enough to tell whether the file starts with a byte-order mark.
                opening += bytes
                continue
            }
            chunk = opening.isEmpty ? bytes : opening + bytes
            opening = []
            index = 0
            try scan()
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    private mutating func endField() throws(TwitchlessError) {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw .invalidInput(
                "\(fileName) is not UTF-8 text (line \(line) has characters in another encoding).",
                fix: "Save the file as UTF-8 (in most spreadsheet apps: \"CSV UTF-8\") and import it again."
            )
        }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    private mutating func endRecord() throws(TwitchlessError) {
        try endField()
        if recordHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
            ready.append(CSVRecord(line: recordLine, fields: fields))
        }
        fields.removeAll(keepingCapacity: true)
        recordHasContent = false
    }

    private mutating func finish() throws(TwitchlessError) {
        finished = true
        if quoteInQuotes {
            quoteInQuotes = false
            inQuotes = false
        }
        if inQuotes {
            throw .invalidInput(
                "A quoted value that starts on line \(recordLine) of \(fileName) never ends.",
                fix: "Add the missing closing quote mark."
            )
        }
        if !field.isEmpty || !fields.isEmpty || recordHasContent { try endRecord() }
    }

    private mutating func scan() throws(TwitchlessError) {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        if atStart {
            atStart = false
            if chunk.count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { index = 3 }
        }
        while index < chunk.count {
            let byte = chunk[index]
            index += 1
            if afterCR {
                afterCR = false
                if byte == lf { continue }
            }
            if quoteInQuotes {
                quoteInQuotes = false
                if byte == quote {
                    field.append(quote)
                    continue
                }
                inQuotes = false
            }
            if inQuotes {
                if byte == quote {
                    quoteInQuotes = true
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == comma {
                recordHasContent = true
                try endField()
            } else if byte == lf || byte == cr {
                afterCR = byte == cr
                try endRecord()
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
        }
    }
}
