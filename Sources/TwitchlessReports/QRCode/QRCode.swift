/// A QR code (ISO/IEC 18004) of some text in byte mode, at error correction level M (about 15% of it can be lost),
/// in the smallest version (1 to 40) that holds it, with the mask of the lowest penalty unless one is asked for.
package struct QRCode: Sendable {
    /// Modules per side: 17 + 4 × version.
    package let size: Int
    package let version: Int
    /// The mask used (0–7).
    package private(set) var mask: Int
    /// `modules[y][x]`: true is dark.
    package internal(set) var modules: [[Bool]]
    /// Modules that belong to the fixed patterns (finders, timing, alignment, format and version information).
    var isFunction: [[Bool]]

    /// - Parameter mask: a mask to use (0–7) in place of the one with the lowest penalty.
    /// - Returns: nil when the text is too long for a QR code at level M (over 2,331 bytes).
    package init?(_ text: String, mask: Int? = nil) {
        let bytes = Array(text.utf8)
        guard let version = (1...40).first(where: { Self.dataBits(bytes.count, version: $0) <= Self.dataCodewords($0) * 8 }) else { return nil }
        self.version = version
        size = 17 + 4 * version
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
        self.mask = 0
        drawFunctionPatterns()
        drawCodewords(Self.interleaved(Self.dataCodewords(bytes, version: version), version: version))
        let chosen =
            mask
            ?? (0..<8).map { candidate in
                var masked = self
                masked.apply(mask: candidate)
                return (penalty: masked.penalty, mask: candidate)
            }.min { ($0.penalty, $0.mask) < ($1.penalty, $1.mask) }!.mask
        apply(mask: chosen)
        self.mask = chosen
    }

    /// Flips the data modules the mask says, and writes the format bits for it.
    private mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y][x] && Self.masked(mask, x: x, y: y) { modules[y][x].toggle() }
        }
        drawFormatBits(mask: mask)
    }

    // MARK: Capacity

    /// Error correction codewords per block and blocks, at level M, by version (index 0 unused).
    static let eccPerBlock = [
        -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
        28, 28, 28, 28, 28, 28, 28,
    ]
    static let blocks = [
        -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40,
        43, 45, 47, 49,
    ]

    /// The modules left for data and error correction once the fixed patterns are drawn.
    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    static func dataCodewords(_ version: Int) -> Int { rawDataModules(version) / 8 - eccPerBlock[version] * blocks[version] }

    /// Bits of a byte-mode segment of `count` bytes: the mode, the count, the bytes.
    static func dataBits(_ count: Int, version: Int) -> Int {
        let countBits = version <= 9 ? 8 : 16
        return count < 1 << countBits ? 4 + countBits + 8 * count : .max
    }

    /// The segment, its terminator and padding, as the version's data codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) { for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) } }
        append(0b0100, 4)
        append(bytes.count, version <= 9 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = dataCodewords(version) * 8
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad ^= 0xEC ^ 0x11
        }
        return codewords
    }
}
