import Foundation
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessIO

/// Records read as a file streams in: the same whatever the chunk sizes, and the same as Python's csv module.
@Suite("CSV read as it streams")
struct CSVRecordStreamTests {
    /// Every record, or the error (which ends the file whatever came before), from `bytes` fed in chunks of `sizes`
    /// (cycled).
    static func read(_ bytes: [UInt8], sizes: [Int]) -> String {
        var offset = 0
        var turn = 0
        var stream = CSVRecordStream(fileName: "test.csv") {
            guard offset < bytes.count else { return nil }
            let size = sizes[turn % sizes.count]
            turn += 1
            defer { offset += size }
            return Array(bytes[offset..<min(bytes.count, offset + size)])
        }
        var lines: [String] = []
        do {
            while let record = try stream.next() { lines.append("\(record.line): \(record.fields)") }
        } catch {
            return "error: \(error)"
        }
        return lines.joined(separator: "\n")
    }

    /// A well-formed file with fields that need quoting, a byte-order mark, CRLF, blank lines and UTF-8.
    static func generated(_ random: inout SplitMix) -> (bytes: [UInt8], fields: [[String]]) {
        let pieces = ["a", "b c", "é", "😀", ",", "\"", "\n", "\r\n", "12.5", "", " ", "x\"y", "日本"]
        var rows: [[String]] = []
        for _ in 0..<Int(random.next() % 12 + 1) {
            let width = Int(random.next() % 4 + 1)
            rows.append(
                (0..<width).map { _ in (0..<Int(random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
            )
        }
        let newline = random.next() % 2 == 0 ? "\n" : "\r\n"
        var text = random.next() % 3 == 0 ? "\u{FEFF}" : ""
        for row in rows {
            text += row.map { field in
                field.contains(where: { ",\"\r\n".contains($0) }) || field.hasPrefix(" ")
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
            text += newline
            if random.next() % 5 == 0 { text += newline }
        }
        return (Array(text.utf8), rows)
    }

    @Test("Fed a byte at a time, or 2, 3, 7 or 64 KB, a file reads the same records or the same error, mutated or not")
    func chunkSizes() {
        var random = SplitMix(state: 21)
        for round in 0..<600 {
            var bytes = Self.generated(&random).bytes
            if round % 2 == 1 {
                for _ in 0..<3 {
                    let position = Int(random.next() % UInt64(bytes.count + 1))
                    let inserted: [[UInt8]] = [[0x22], [0x2C], [0x0D], [0x0A], [0xFF], [0xEF, 0xBB], [0xC3]]
                    bytes.insert(contentsOf: inserted[Int(random.next() % UInt64(inserted.count))], at: position)
                }
            }
            let whole = Self.read(bytes, sizes: [1 << 16])
            for sizes in [[1], [2], [3], [7], [1, 2, 5]] {
                #expect(Self.read(bytes, sizes: sizes) == whole, "round \(round), chunks \(sizes): \(Array(bytes))")
            }
        }
    }

    @Test("Well-formed files read as Python's csv module reads them (blank lines aside)")
    func matchesPython() throws {
        try Prerequisite.require((try? PythonChecker.run(arguments: ["-c", "import csv"]))?.status == 0, "python3")
        var random = SplitMix(state: 5)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        var ours: [[[String]]] = []
        for index in 0..<200 {
            let (bytes, _) = Self.generated(&random)
            let path = folder.appendingPathComponent("\(index).csv").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
            var stream = try CSVRecordStream(path: path, fileName: "\(index).csv")
            var records: [[String]] = []
            while let record = try stream.next() { records.append(record.fields) }
            ours.append(records)
        }
        let script = """
            import csv, json, sys
            out = []
            for path in sys.argv[1:]:
                with open(path, newline="", encoding="utf-8-sig") as f:
                    out.append([row for row in csv.reader(f) if row])
            print(json.dumps(out))
            """
        let result = try PythonChecker.run(arguments: ["-c", script] + paths)
        #expect(result.status == 0, "\(String(decoding: result.error, as: UTF8.self))")
        let theirs = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[[String]]])
        #expect(theirs.count == ours.count)
        for (index, (mine, python)) in zip(ours, theirs).enumerated() {
            // Python's reader gives a line of one empty quoted field ("") as [""]; both keep it.
            #expect(mine == python, "file \(index)")
        }
    }
}
