import Foundation
import Testing
import TwitchlessCore
import ZIPFoundation

@testable import TwitchlessIO

/// The export read out of a zip made here: the same as the XML, and refused when its bytes don't match the zip's
/// checksum for them.
@Suite("Apple Health exports in a zip")
struct AppleHealthZipTests {
    static let entryName = "apple_health_export/export.xml"

    /// Writes `text` into a new zip file as the Health app names it; returns the file's path.
    static func zip(_ text: String, deflated: Bool) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-\(UUID().uuidString).zip")
        let data = Data(text.utf8)
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: entryName, type: .file, uncompressedSize: Int64(data.count), compressionMethod: deflated ? .deflate : .none) {
            position,
            size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        return url
    }

    /// Replaces the CRC-32 the zip keeps for its one entry (in the local header and in the central directory).
    static func spoilChecksum(_ url: URL) throws {
        var bytes = try [UInt8](Data(contentsOf: url))
        var spoiled = 0
        for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 14), ([0x50, 0x4B, 0x01, 0x02], 16)] {
            for start in 0..<(bytes.count - 4) where Array(bytes[start..<start + 4]) == signature {
                bytes[start + offset] ^= 0xFF
                spoiled += 1
            }
        }
        #expect(spoiled == 2)
        try Data(bytes).write(to: url)
    }

    @Test("Deflated or stored, the export reads as the XML itself does", arguments: [true, false])
    func readsLikeXML(deflated: Bool) throws {
        let url = try Self.zip(SampleExport.text, deflated: deflated)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromZip = try AppleHealthImport.read(path: url.path, clock: SampleExport.clock, now: SampleExport.now)
        let fromXML = try SampleExport.read(SampleExport.text)
        #expect(fromZip.entryName == Self.entryName)
        #expect(fromZip.days == fromXML.days)
        #expect(fromZip.tallies == fromXML.tallies)
        #expect(fromZip.bytes == Int64(SampleExport.text.utf8.count))
    }

    @Test("An export whose bytes don't match the zip's checksum is refused as damaged", arguments: [true, false])
    func checksumMismatch(deflated: Bool) throws {
        let url = try Self.zip(SampleExport.text, deflated: deflated)
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.spoilChecksum(url)
        #expect {
            try AppleHealthImport.read(path: url.path, clock: SampleExport.clock, now: SampleExport.now)
        } throws: { ($0 as? TwitchlessError)?.message.contains("is damaged") == true }
    }
}
