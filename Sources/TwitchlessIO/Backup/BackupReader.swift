import Crypto
public import Foundation
public import TwitchlessCore

/// Reads and checks a whole backup file before anything is restored from it.
public enum BackupReader {
    /// One table read from a backup, its rows in the table's column order.
    public struct Table: Sendable {
        public var table: BackupTable
        public var rows: [[BackupValue]]
    }

    /// Reads `data`, checking its format, version, checksum, tables and every value against `tables` (the tables this
    /// version writes, in order).
    /// - Throws: `invalidInput` for a file that is not a backup, is from a newer version, is cut short or was changed.
    public static func read(_ data: Data, tables: [BackupTable]) throws(TwitchlessError) -> [Table] {
        guard data.count <= BackupFormat.maximumBytes else {
            throw .invalidInput(
                "This file is larger than any Twitchless backup (more than \(BackupFormat.maximumBytes / 1024 / 1024) MB).",
                fix: "Choose a backup file that Twitchless wrote. Nothing was changed."
            )
        }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, let header = try? decoder.decode(Header.self, from: Data(first)), header.format == BackupFormat.name
        else {
            throw .invalidInput("This file is not a Twitchless backup.", fix: "Choose a backup file that Twitchless wrote. Nothing was changed.")
        }
        guard header.version <= BackupFormat.version else {
            throw .invalidInput(
                "This backup was made by a newer version of Twitchless (backup format \(header.version); this version reads format \(BackupFormat.version)).",
                fix: "Update Twitchless, then restore it again. Nothing was changed."
            )
        }
        guard header.version >= 1 else {
            throw .invalidInput("This file is not a Twitchless backup.", fix: "Choose a backup file that Twitchless wrote. Nothing was changed.")
        }
        guard let last = lines.last, lines.count >= 2, let end = try? decoder.decode(End.self, from: Data(last)), end.end else {
            throw .invalidInput(
                "This backup is incomplete: it stops before its last line, so it may have been cut short while copying.",
                fix: "Copy the backup again from where it was made, then restore that copy. Nothing was changed."
            )
        }
        let body = data.prefix(data.count - last.count - (data.last == 0x0A ? 1 : 0))
        let digest = SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
        guard digest == end.sha256.lowercased() else { throw damaged }
        return try readTables(lines.dropFirst().dropLast(), expected: tables, total: end.rows)
    }

    private static func readTables(_ lines: ArraySlice<Data.SubSequence>, expected: [BackupTable], total: Int) throws(TwitchlessError) -> [Table] {
        var result: [Table] = []
        var index = lines.startIndex
        var count = 0
        for table in expected {
            guard index < lines.endIndex, let start = try? decoder.decode(TableStart.self, from: Data(lines[index])),
                start.table == table.name, start.columns == table.columns.map(\.name), start.rows >= 0
            else { throw damaged }
            index += 1
            guard lines.endIndex - index >= start.rows else { throw damaged }
            var rows: [[BackupValue]] = []
            rows.reserveCapacity(start.rows)
            for _ in 0..<start.rows {
                guard let values = try? decoder.decode([JSONScalar].self, from: Data(lines[index])), values.count == table.columns.count else {
                    throw damaged
                }
                var row: [BackupValue] = []
                row.reserveCapacity(values.count)
                for (value, column) in zip(values, table.columns) {
                    var stored = value.value
                    if case .integer(let whole) = stored, column.kind == .real { stored = .real(Double(whole)) }
                    guard column.accepts(stored) else { throw damaged }
                    row.append(stored)
                }
                rows.append(row)
                index += 1
            }
            count += rows.count
            result.append(Table(table: table, rows: rows))
        }
        guard index == lines.endIndex, count == total else { throw damaged }
        return result
    }

    static let damaged = TwitchlessError.invalidInput(
        "This backup has been changed or damaged since it was written, so it can't be trusted.",
        fix: "Restore an untouched copy of the file Twitchless wrote. Nothing was changed."
    )

    private static let decoder = JSONDecoder()

    private struct Header: Decodable {
        var format: String
        var version: Int
    }

    private struct TableStart: Decodable {
        var table: String
        var columns: [String]
        var rows: Int
    }

    private struct End: Decodable {
        var end: Bool
        var rows: Int
        var sha256: String
    }

    /// One value in a row line.
    private struct JSONScalar: Decodable {
        var value: BackupValue

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let flag = try? container.decode(Bool.self) {
                value = .boolean(flag)
            } else if let whole = try? container.decode(Int64.self) {
                value = .integer(whole)
            } else if let number = try? container.decode(Double.self) {
                value = .real(number)
            } else {
                value = .text(try container.decode(String.self))
            }
        }
    }
}
