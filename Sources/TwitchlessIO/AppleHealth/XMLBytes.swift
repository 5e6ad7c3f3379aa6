#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of bytes inside the scanner's buffer; valid only during the handler call that received it.
struct XMLBytes {
    let base: UnsafePointer<UInt8>
    let count: Int

    /// True when the bytes are exactly `literal`.
    func equals(_ literal: [UInt8]) -> Bool {
        guard literal.count == count else { return false }
        return literal.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, count) == 0 }
    }

    /// The text, with XML's character references and the five predefined entities decoded.
    /// Bytes that are not UTF-8 become U+FFFD rather than stopping the import.
    var text: String {
        let bytes = UnsafeBufferPointer(start: base, count: count)
        guard memchr(base, Int32(UInt8(ascii: "&")), count) != nil else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(count)
        var i = 0
        while i < count {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "&"), let semicolon = (i + 1..<min(count, i + 12)).first(where: { bytes[$0] == UInt8(ascii: ";") }) else {
                out.append(byte)
                i += 1
                continue
            }
            let name = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
            if let decoded = Self.entity(name) {
                out.append(contentsOf: decoded)
                i = semicolon + 1
            } else {
                out.append(byte)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ name: String) -> [UInt8]? {
        switch name {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return Array(String(Character(scalar)).utf8)
        }
    }

    /// The bytes as a number, or nil when they are not one ("64.2771", "1e3", " 7 ").
    var double: Double? {
        var start = 0
        var end = count
        while start < end, XMLAttributes.isSpace(base[start]) { start += 1 }
        while end > start, XMLAttributes.isSpace(base[end - 1]) { end -= 1 }
        return Double(String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self))
    }
}

/// The attributes of one start tag, read on demand.
///
/// Names are taken as everything before the `=`, so the spaces in iOS 8's attribute names
/// (`Health Mate App Version="2.6.2"`) do no harm.
struct XMLAttributes {
    let base: UnsafePointer<UInt8>
    let count: Int

    /// Calls `body` with each name and value, in order, until it returns false.
    func forEach(_ body: (XMLBytes, XMLBytes) throws -> Bool) rethrows {
        var i = 0
        while i < count {
            while i < count, Self.isSpace(base[i]) { i += 1 }
            guard i < count, let equals = memchr(base + i, Int32(UInt8(ascii: "=")), count - i) else { return }
            let nameStart = i
            var nameEnd = UnsafePointer<UInt8>(equals.assumingMemoryBound(to: UInt8.self)) - base
            var j = nameEnd + 1
            while nameEnd > nameStart, Self.isSpace(base[nameEnd - 1]) { nameEnd -= 1 }
            while j < count, Self.isSpace(base[j]) { j += 1 }
            guard j < count, base[j] == UInt8(ascii: "\"") || base[j] == UInt8(ascii: "'") else { return }
            guard let close = memchr(base + j + 1, Int32(base[j]), count - j - 1) else { return }
            let closeIndex = UnsafePointer<UInt8>(close.assumingMemoryBound(to: UInt8.self)) - base
            let name = XMLBytes(base: base + nameStart, count: nameEnd - nameStart)
            let value = XMLBytes(base: base + j + 1, count: closeIndex - j - 1)
            guard try body(name, value) else { return }
            i = closeIndex + 1
        }
    }

    /// The value of the first attribute called `name`.
    func value(_ name: [UInt8]) -> XMLBytes? {
        var found: XMLBytes?
        forEach { attribute, value in
            if attribute.equals(name) {
                found = value
                return false
            }
            return true
        }
        return found
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
