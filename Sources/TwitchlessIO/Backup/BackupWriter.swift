import Crypto
public import Foundation
public import TwitchlessCore

/// Writes a backup file, table by table (see `BackupFormat`).
public struct BackupWriter {
    private var bytes = Data()
    private var hash = SHA256()
    private var total = 0

    public init() {
        line("{\"format\":\(JSONValue.quoted(BackupFormat.name)),\"version\":\(BackupFormat.version)}")
    }

    /// Adds one table and its rows, each row's values in the table's column order.
    public mutating func add(_ table: BackupTable, rows: [[BackupValue]]) {
        let columns = table.columns.map { JSONValue.quoted($0.name) }.joined(separator: ",")
        line("{\"table\":\(JSONValue.quoted(table.name)),\"columns\":[\(columns)],\"rows\":\(rows.count)}")
        for row in rows {
            line("[" + row.map(Self.text).joined(separator: ",") + "]")
        }
        total += rows.count
    }

    /// The finished file: everything added, then the closing line with the row count and checksum.
    public consuming func finish() -> Data {
        let digest = hash.finalize().map { String(format: "%02x", $0) }.joined()
        bytes.append(contentsOf: Array("{\"end\":true,\"rows\":\(total),\"sha256\":\"\(digest)\"}\n".utf8))
        return bytes
    }

    private mutating func line(_ text: String) {
        let data = Array((text + "\n").utf8)
        hash.update(data: data)
        bytes.append(contentsOf: data)
    }

    /// One value as JSON: reals in Swift's shortest text that reads back as the same number.
    static func text(_ value: BackupValue) -> String {
        switch value {
        case .null: "null"
        case .text(let text): JSONValue.quoted(text)
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }
}
