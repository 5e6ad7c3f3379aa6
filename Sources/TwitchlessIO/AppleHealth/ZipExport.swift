import Foundation
import SystemZlib
public import TwitchlessCore
import ZIPFoundation

/// Finds the export inside a zip by its content and inflates it as a stream.
///
/// The iPhone writes its zip with data descriptors (sizes after the data) and ZIP64 records for large exports;
/// both are read from the central directory. Folders, `__MACOSX/` and `._` files are passed over; `.xml` entries
/// are looked at first, and the first whose root element is `<HealthData>` is the export (`export_cda.xml`
/// and workout routes are not).
enum ZipExport {
    struct Located {
        let archive: Archive
        let entry: Entry
        var path: String { entry.path }
        var uncompressedSize: UInt64 { entry.uncompressedSize }
    }

    static func locate(path: String, fileName: String) throws -> Located {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw TwitchlessError(
                .invalidInput,
                "\(fileName) could not be opened as a zip file: it may be damaged or not fully downloaded.",
                fix: "Please export again from the Health app and import the new export.zip. Nothing was imported.",
                cause: error
            )
        }
        let candidates = archive.filter { entry in
            let components = entry.path.split(separator: "/")
            return entry.type == .file && !components.contains("__MACOSX") && !(components.last?.hasPrefix("._") ?? true)
        }
        let ordered = candidates.filter { $0.path.lowercased().hasSuffix(".xml") } + candidates.filter { !$0.path.lowercased().hasSuffix(".xml") }
        for entry in ordered where try isHealthExport(entry, in: archive) {
            return Located(archive: archive, entry: entry)
        }
        throw TwitchlessError.invalidInput(
            "\(fileName) has no Apple Health export in it (looked at \(candidates.count) file\(candidates.count == 1 ? "" : "s")).",
            fix: "Please import the export.zip the Health app makes (Profile, Export All Health Data). Nothing was imported."
        )
    }

    /// Inflates the entry in 1 MB chunks on a second thread, passing each to `body` on this one, and checks the
    /// entry's CRC-32 at the end.
    ///
    /// The checksum is zlib's, taken here, beside the XML reader, which is faster than inflation: so the import runs
    /// at the speed of inflation alone (ZIPFoundation's own checksum, a byte at a time on the inflating thread, cost
    /// about half of it).
    static func stream(_ located: Located, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let pipe = ChunkPipe(capacity: 4)
        let producer = Producer(located: located, pipe: pipe)
        let thread = Thread { producer.run() }
        thread.start()
        do {
            var checksum = SystemZlib.crc32(0, nil, 0)
            while let chunk = try pipe.take() {
                try chunk.withUnsafeBytes { bytes in
                    if let start = bytes.baseAddress {
                        checksum = SystemZlib.crc32(checksum, start.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
                    }
                    try body(bytes)
                }
            }
            guard UInt32(truncatingIfNeeded: checksum) == located.entry.checksum else { throw ChecksumMismatch() }
        } catch let error as TwitchlessError {
            pipe.cancel()
            throw error
        } catch {
            pipe.cancel()
            throw TwitchlessError(
                .invalidInput,
                "The export inside the zip is damaged: it could not be unpacked to the end.",
                fix: "Please export again from the Health app and import the new export.zip. Nothing was imported.",
                cause: error
            )
        }
    }

    /// Inflates the entry into the pipe.
    private final class Producer: @unchecked Sendable {
        // The archive is handed over whole: only the producer thread touches it until `pipe.finish`, and the
        // reading thread waits for that (at the end of the chunks, or in `cancel`) before returning.
        let located: Located
        let pipe: ChunkPipe

        init(located: Located, pipe: ChunkPipe) {
            self.located = located
            self.pipe = pipe
        }

        func run() {
            do {
                _ = try located.archive.extract(located.entry, bufferSize: AppleHealthImport.chunkSize, skipCRC32: true) { data in
                    try pipe.put(data)
                }
                pipe.finish(nil)
            } catch {
                pipe.finish(error)
            }
        }
    }

    /// The inflated entry doesn't match the checksum the zip holds for it.
    private struct ChecksumMismatch: Error {}

    private enum Sniff: Error { case healthData, other }

    /// Looks at the start of an entry: is its root element `<HealthData>`?
    private static func isHealthExport(_ entry: Entry, in archive: Archive) throws -> Bool {
        struct RootSniffer: XMLScanHandler {
            mutating func startElement(_ name: XMLBytes, _ attributes: XMLAttributes, depth: Int) throws {
                throw name.equals(AppleHealthHandler.Names.healthData) ? Sniff.healthData : Sniff.other
            }
            mutating func endElement(depth: Int) throws {}
        }
        var scanner = XMLByteScanner()
        var sniffer = RootSniffer()
        var seen = 0
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: true) { data in
                seen += data.count
                // Text that doesn't start like XML, or no root within 4 MB, is not an export.
                if seen == data.count, let first = data.first(where: { !XMLAttributes.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
                    first != UInt8(ascii: "<")
                {
                    throw Sniff.other
                }
                if seen > 4 << 20 { throw Sniff.other }
                try data.withUnsafeBytes { try scanner.feed($0, into: &sniffer) }
            }
        } catch Sniff.healthData {
            return true
        } catch {
            return false
        }
        return false
    }
}
