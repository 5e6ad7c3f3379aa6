import Foundation
import ZIPFoundation

/// An RGBA image encoded as PNG (8-bit truecolour with alpha, no interlace), deflated with zlib.
struct PNGImage {
    let width: Int
    let height: Int
    /// Row by row, four bytes a pixel: red, green, blue, alpha (straight, not premultiplied).
    let pixels: [UInt8]

    var data: Data {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, 6, 0, 0, 0])  // 8 bits, RGBA, deflate, adaptive filtering, no interlace
        png.appendChunk("IHDR", header)
        png.appendChunk("IDAT", zlib(scanlines))
        png.appendChunk("IEND", Data())
        return png
    }

    /// Each row led by filter type 0 (none).
    var scanlines: Data {
        var rows = Data(capacity: (width * 4 + 1) * height)
        for row in 0..<height {
            rows.append(0)
            rows.append(contentsOf: pixels[(row * width * 4)..<((row + 1) * width * 4)])
        }
        return rows
    }

    /// A zlib stream (RFC 1950): header, raw deflate, Adler-32 of the input.
    func zlib(_ input: Data) -> Data {
        var output = Data([0x78, 0x9C])
        var deflated = Data()
        _ = try? Data.compress(
            size: Int64(input.count),
            bufferSize: 64 * 1024,
            provider: { position, size in input.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { deflated.append($0) }
        )
        output.append(deflated)
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in input {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        output.appendBigEndian(b << 16 | a)
        return output
    }
}

extension Data {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }

    /// A PNG chunk: length, type, data, and the CRC-32 of type and data.
    mutating func appendChunk(_ type: String, _ body: Data) {
        appendBigEndian(UInt32(body.count))
        let typed = Data(type.utf8) + body
        append(typed)
        appendBigEndian(typed.crc32(checksum: 0))
    }
}
