import Foundation
import TwitchlessCore
import TwitchlessIO

/// What an uploaded file is, recognised by its content rather than its name: an Apple Health export (a zip, or
/// its export.xml), a Twitchless backup, or a CSV file (days or episodes, which the CSV import tells apart by its header).
enum UploadKind: Equatable {
    case appleHealth
    case backup
    case csv

    /// The largest CSV file read (they are read whole; ten years of days and episodes are a few megabytes).
    static let maximumCSVBytes: Int64 = 64 << 20

    /// - Throws: `invalidInput` for a file that is neither.
    static func sniff(path: String) throws -> UploadKind {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TwitchlessError(.unavailable, "The upload could not be read on the server.", fix: "Please try again. Nothing was imported.")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        return try sniff(head)
    }

    static func sniff(_ head: [UInt8]) throws -> UploadKind {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .appleHealth }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if text.first == UInt8(ascii: "<") { return .appleHealth }
        if text.starts(with: Array("{\"format\":\"\(BackupFormat.name)\"".utf8)) { return .backup }
        // Text with no zero bytes is taken as CSV; the CSV reader says what is wrong with it if it isn't one.
        if !text.isEmpty, !text.contains(0) { return .csv }
        throw TwitchlessError.invalidInput(
            "This file is not one Twitchless can import.",
            fix: "Choose the export.zip from Apple Health, a Twitchless backup, or a days or episodes CSV file. Nothing was imported."
        )
    }
}
