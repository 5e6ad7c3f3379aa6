public import TwitchlessCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming tokenizer for the XML that health apps export, fed in chunks of any size.
///
/// It finds elements and their attributes and nothing more, which is all an export needs, and it is made to
/// survive what real exports contain rather than to validate them:
/// - the DOCTYPE's internal subset is skipped, never processed (iOS 16's is malformed);
/// - characters XML 1.0 forbids (a vertical tab) are passed over;
/// - attribute names may contain spaces (iOS 8's flattened metadata);
/// - anything after the root element (a second root, as in `export_cda.xml`) is ignored.
///
/// Memory stays bounded: only an unfinished tag is kept between chunks, and a tag longer than
/// `maximumPendingBytes` stops the import as damaged.
struct XMLByteScanner {
    static let maximumPendingBytes = 64 << 20

    private var pending: [UInt8] = []
    /// The depth of the element being read; 0 before the root and after it ends.
    private(set) var depth = 0
    private(set) var sawRoot = false
    private(set) var rootEnded = false

    /// Reads as much of `chunk` (after what was kept from earlier chunks) as forms whole tags.
    mutating func feed<Handler: XMLScanHandler>(_ chunk: UnsafeRawBufferPointer, into handler: inout Handler) throws {
        guard chunk.count > 0 else { return }
        if pending.isEmpty {
            let bytes = chunk.bindMemory(to: UInt8.self)
            let used = try scan(bytes.baseAddress!, bytes.count, &handler)
            if used < bytes.count { pending.append(contentsOf: bytes[used...]) }
        } else {
            pending.append(contentsOf: chunk.bindMemory(to: UInt8.self))
            var copy: [UInt8] = []
            swap(&copy, &pending)
            let used = try copy.withUnsafeBufferPointer { try scan($0.baseAddress!, $0.count, &handler) }
            copy.removeSubrange(0..<used)
            swap(&copy, &pending)
        }
        guard pending.count <= Self.maximumPendingBytes else {
            throw TwitchlessError.invalidInput(
                "The file has a tag longer than 64 MB, so it isn't a readable export.",
                fix: "Please export again from the Health app and import the new file. Nothing was imported."
            )
        }
    }

    /// True when the input stopped inside a tag, comment or DOCTYPE.
    var hasUnfinishedMarkup: Bool { pending.first == UInt8(ascii: "<") }

    /// Checks that the document ended properly.
    /// - Throws: `invalidInput` when the file ended inside a tag or before the root element closed.
    func finish() throws {
        let leftover = pending.contains { !XMLAttributes.isSpace($0) }
        guard sawRoot else { return }
        if depth > 0 || (leftover && !rootEnded) { throw AppleHealthImport.endsEarly }
    }

    private mutating func scan<Handler: XMLScanHandler>(_ p: UnsafePointer<UInt8>, _ n: Int, _ handler: inout Handler) throws -> Int {
        var i = 0
        while i < n {
            guard let lt = Self.find(UInt8(ascii: "<"), p, from: i, to: n) else { return n }
            i = lt
            guard i + 1 < n else { return i }
            switch p[i + 1] {
            case UInt8(ascii: "/"):
                guard let gt = Self.find(UInt8(ascii: ">"), p, from: i + 2, to: n) else { return i }
                if depth > 0 {
                    if !rootEnded { try handler.endElement(depth: depth) }
                    depth -= 1
                    if depth == 0 { rootEnded = true }
                }
                i = gt + 1
            case UInt8(ascii: "?"):
                guard let end = Self.find(sequence: "?>", p, from: i + 2, to: n) else { return i }
                i = end + 2
            case UInt8(ascii: "!"):
                guard n - i >= 9 else { return i }
                if Self.matches("<!--", p + i) {
                    guard let end = Self.find(sequence: "-->", p, from: i + 4, to: n) else { return i }
                    i = end + 3
                } else if Self.matches("<![CDATA[", p + i) {
                    guard let end = Self.find(sequence: "]]>", p, from: i + 9, to: n) else { return i }
                    i = end + 3
                } else if Self.matches("<!DOCTYPE", p + i) {
                    guard let end = Self.doctypeEnd(p, from: i + 9, to: n) else { return i }
                    i = end + 1
                } else {
                    guard let gt = Self.find(UInt8(ascii: ">"), p, from: i + 2, to: n) else { return i }
                    i = gt + 1
                }
            default:
                // A start tag: find its closing '>' outside quoted values.
                var j = i + 1
                while j < n {
                    let byte = p[j]
                    if byte == UInt8(ascii: ">") { break }
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        guard let close = Self.find(byte, p, from: j + 1, to: n) else { return i }
                        j = close + 1
                    } else {
                        j += 1
                    }
                }
                guard j < n else { return i }
                let isEmpty = p[j - 1] == UInt8(ascii: "/") && j - 1 > i
                var nameEnd = i + 1
                while nameEnd < j, !Self.endsName(p[nameEnd]) { nameEnd += 1 }
                let attributesEnd = isEmpty ? j - 1 : j
                if !rootEnded {
                    depth += 1
                    if depth == 1 { sawRoot = true }
                    let name = XMLBytes(base: p + i + 1, count: nameEnd - i - 1)
                    try handler.startElement(name, XMLAttributes(base: p + nameEnd, count: max(0, attributesEnd - nameEnd)), depth: depth)
                    if isEmpty {
                        try handler.endElement(depth: depth)
                        depth -= 1
                        if depth == 0 { rootEnded = true }
                    }
                }
                i = j + 1
            }
        }
        return i
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        XMLAttributes.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    private static func find(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let hit = memchr(p + from, Int32(byte), to - from) else { return nil }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - p
    }

    private static func find(sequence: StaticString, _ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        let first = sequence.utf8Start[0]
        let length = sequence.utf8CodeUnitCount
        var start = from
        while let hit = find(first, p, from: start, to: to) {
            guard hit + length <= to else { return nil }
            if memcmp(p + hit, sequence.utf8Start, length) == 0 { return hit }
            start = hit + 1
        }
        return nil
    }

    private static func matches(_ literal: StaticString, _ p: UnsafePointer<UInt8>) -> Bool {
        memcmp(p, literal.utf8Start, literal.utf8CodeUnitCount) == 0
    }

    /// The index of the '>' that closes a DOCTYPE: after its internal subset's "]" when it has one.
    private static func doctypeEnd(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let bracketOrEnd = (from..<to).first(where: { p[$0] == UInt8(ascii: "[") || p[$0] == UInt8(ascii: ">") }) else { return nil }
        if p[bracketOrEnd] == UInt8(ascii: ">") { return bracketOrEnd }
        var start = bracketOrEnd + 1
        while let close = find(UInt8(ascii: "]"), p, from: start, to: to) {
            var k = close + 1
            while k < to, XMLAttributes.isSpace(p[k]) { k += 1 }
            guard k < to else { return nil }
            if p[k] == UInt8(ascii: ">") { return k }
            start = close + 1
        }
        return nil
    }
}
