import Foundation
public import TwitchlessCore
import ZIPFoundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an Apple Health export, the iPhone's `export.zip` or the XML inside it, in one streaming pass.
///
/// Memory stays flat whatever the file's size: the file (or the zip entry, inflated as a stream) is read in
/// 1 MB chunks and only per-day totals are kept. Inside a zip the export is found by its content (a
/// `<HealthData>` root), because its name is localized and other files sit beside it.
public enum AppleHealthImport {
    static let chunkSize = 1 << 20

    /// What one pass over an export found.
    public struct Reading: Sendable {
        /// Values per local day, by the kind of record they came from.
        public var days: [LocalDate: [HealthSample.Kind: Double]]
        public var tallies: [HealthSample.Kind: HealthDayAggregator.Tally]
        public var otherRecords: Int
        public var correlationCopies: Int
        public var notAsleepRecords: Int
        public var unknownUnits: [String: Int]
        public var exportDate: Timestamp?
        /// The export's path inside the zip, when it came from one.
        public var entryName: String?
        /// Bytes of XML read.
        public var bytes: Int64
    }

    /// Reads the export at `path`.
    /// - Parameters:
    ///   - clock: the person's zone, for records that don't carry their own.
    ///   - now: records after this instant are left out as future-dated.
    ///   - progress: called as the XML is read with (bytes read, total bytes).
    /// - Throws: `invalidInput` for a file that is empty, not an export, damaged or cut off; `notFound` when it can't be read.
    public static func read(
        path: String,
        clock: ZonedClock,
        now: Int64,
        progress: (Int64, Int64) -> Void = { _, _ in }
    ) throws(TwitchlessError) -> Reading {
        let name = (path as NSString).lastPathComponent
        do {
            let file = try ChunkedFile(path: path)
            defer { file.close() }
            guard file.size > 0 else {
                throw TwitchlessError.invalidInput(
                    "\(name) is empty (0 bytes).",
                    fix: "Please export again from the Health app (Profile, Export All Health Data) and import the new file."
                )
            }
            var handler = AppleHealthHandler(aggregator: HealthDayAggregator(clock: clock, now: now))
            var scanner = XMLByteScanner()
            var entryName: String?
            var bytes: Int64 = 0
            if try file.startsWithZipSignature() {
                file.close()
                let entry = try ZipExport.locate(path: path, fileName: name)
                entryName = entry.path
                let total = Int64(entry.uncompressedSize)
                try ZipExport.stream(entry) { chunk in
                    try scanner.feed(chunk, into: &handler)
                    bytes += Int64(chunk.count)
                    progress(bytes, total)
                }
            } else {
                while let chunk = try file.next() {
                    try chunk.withUnsafeBytes { try scanner.feed($0, into: &handler) }
                    bytes += Int64(chunk.count)
                    progress(bytes, file.size)
                }
            }
            return try finish(scanner, &handler, entryName: entryName, bytes: bytes)
        } catch let error as TwitchlessError {
            var error = error
            if error.message.hasPrefix("This file") { error.message = "\(name) " + error.message.dropFirst("This file ".count) }
            throw error
        } catch {
            throw TwitchlessError(.internalFailure, "\(name) could not be read.", fix: "Nothing was imported. Please try again.", cause: error)
        }
    }

    /// Reads an export held in memory, fed to the scanner in chunks of `chunkSize` bytes (for tests of chunk boundaries).
    static func read(bytes: [UInt8], chunkSize: Int, clock: ZonedClock, now: Int64) throws -> Reading {
        var handler = AppleHealthHandler(aggregator: HealthDayAggregator(clock: clock, now: now))
        var scanner = XMLByteScanner()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunkSize)
            try bytes[start..<end].withUnsafeBytes { try scanner.feed($0, into: &handler) }
            start = end
        }
        return try finish(scanner, &handler, entryName: nil, bytes: Int64(bytes.count))
    }

    private static func finish(_ scanner: XMLByteScanner, _ handler: inout AppleHealthHandler, entryName: String?, bytes: Int64) throws -> Reading {
        guard scanner.sawRoot else { throw scanner.hasUnfinishedMarkup ? endsEarly : notAnExport }
        try scanner.finish()
        let days = handler.aggregator.finish()
        return Reading(
            days: days,
            tallies: handler.aggregator.tallies,
            otherRecords: handler.otherRecords,
            correlationCopies: handler.correlationCopies,
            notAsleepRecords: handler.notAsleepRecords,
            unknownUnits: handler.unknownUnits,
            exportDate: handler.exportDate,
            entryName: entryName,
            bytes: bytes
        )
    }

    static let endsEarly = TwitchlessError.invalidInput(
        "This file ends early: it seems cut off, perhaps by an interrupted download or copy.",
        fix: "Please export again from the Health app and import the complete file. Nothing was imported."
    )

    static let notAnExport = TwitchlessError.invalidInput(
        "This file is not an Apple Health export: it has no <HealthData> element.",
        fix:
            "In the Health app, tap your picture, then Export All Health Data, and import the export.zip it makes (or the export.xml inside it). Nothing was imported."
    )
}

/// A file read in fixed-size chunks with plain system calls, so memory stays flat.
final class ChunkedFile {
    private var descriptor: Int32
    let size: Int64
    private var buffer: [UInt8]

    init(path: String) throws(TwitchlessError) {
        let name = (path as NSString).lastPathComponent
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw TwitchlessError(.notFound, "The file \(path) was not found.", fix: "Check the path and try again. Nothing was imported.")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw TwitchlessError.invalidInput(
                "\(name) is a folder or a device, not a file.",
                fix: "Please give the path of export.zip or export.xml. Nothing was imported."
            )
        }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw TwitchlessError(
                .notFound,
                "The file \(path) could not be opened: \(String(cString: strerror(errno))).",
                fix: "Check that it is readable. Nothing was imported."
            )
        }
        size = Int64(info.st_size)
        buffer = [UInt8](repeating: 0, count: AppleHealthImport.chunkSize)
    }

    /// True when the file starts with a zip's local-header or empty-archive signature.
    func startsWithZipSignature() throws(TwitchlessError) -> Bool {
        var head = [UInt8](repeating: 0, count: 4)
        let count = pread(descriptor, &head, 4, 0)
        return count == 4 && head[0] == 0x50 && head[1] == 0x4B && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)
    }

    /// The next chunk, or nil at the end of the file.
    func next() throws(TwitchlessError) -> ArraySlice<UInt8>? {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 0 else {
            throw TwitchlessError(
                .unavailable,
                "The file could not be read: \(String(cString: strerror(errno))).",
                fix: "Nothing was imported. Please try again."
            )
        }
        return count == 0 ? nil : buffer[0..<count]
    }

    func close() {
        guard descriptor >= 0 else { return }
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
        descriptor = -1
    }
}
