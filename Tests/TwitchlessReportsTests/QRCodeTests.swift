import Foundation
import Testing
import TwitchlessTestSupport

@testable import TwitchlessReports

/// The QR codes of two-step sign-in's setup page, module by module against qrcodegen's.
@Suite("QR codes")
struct QRCodeTests {
    /// Texts from a few bytes to the most level M holds, so every size of block layout and both count lengths are met.
    static let texts: [String] = {
        let address = "otpauth://totp/Twitchless:sam%40example.org?secret=GRTHA3KGOZQU242FIFXEQ52XMNHEI2CHGJTW2V3Z&issuer=Twitchless"
        var texts = ["hello", address, String(address.prefix(106)), String(address.prefix(107))]
        for length in [1, 14, 15, 26, 62, 154, 213, 271, 367, 458, 586, 718, 858, 1_000, 1_367, 1_732, 2_000, 2_331] {
            texts.append(String(String(repeating: address, count: length / address.count + 1).prefix(length)))
        }
        return texts
    }()

    @Test(
        "Every version from the text's length, every mask, and the mask chosen by the penalty rules match qrcodegen's (Project Nayuki's reference library), module by module"
    )
    func matchesSegno() throws {
        try Prerequisite.require(PythonChecker.hasModules(["qrcodegen"]), "qrcodegen (PyPI)")
        var codes: [QRCode] = []
        for text in Self.texts { codes.append(try #require(QRCode(text), "\(text.count) bytes")) }
        for mask in 0..<8 { codes.append(try #require(QRCode(Self.texts[1], mask: mask))) }
        let texts = Self.texts + Array(repeating: Self.texts[1], count: 8)
        // qrcodegen's code with the same mask (the encoding), and with the mask it chooses (the penalty rules).
        let items: [[String: Any]] = zip(texts, codes).flatMap { text, code in
            [["text": text, "mask": code.mask], ["text": text, "mask": NSNull()]]
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: input) }
        try JSONSerialization.data(withJSONObject: items).write(to: input)
        let script = PackagePaths.root.appendingPathComponent("Tests/Checkers/qrcodegen_qr.py").path
        let result = try PythonChecker.run(arguments: [script, input.path])
        #expect(result.status == 0, "\(String(decoding: result.error, as: UTF8.self))")
        let answers = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
        try #require(answers.count == items.count)
        for (index, (text, code)) in zip(texts, codes).enumerated() {
            let same = answers[2 * index]
            let chosen = answers[2 * index + 1]
            #expect(code.version == same["version"] as? Int, "\(text.count) bytes")
            let rows = code.modules.map { row in String(row.map { $0 ? "1" : "0" }) }
            #expect(rows == same["rows"] as? [String], "\(text.count) bytes, version \(code.version), mask \(code.mask)")
            if index < Self.texts.count {
                #expect(code.mask == chosen["mask"] as? Int, "\(text.count) bytes: mask chosen")
            }
        }
        let versions = Set(codes.map(\.version))
        #expect(versions.count >= 15 && versions.contains(1) && versions.contains(40), "\(versions.sorted())")
    }

    @Test("Too long for any version: no code; the SVG draws the dark modules inside a white quiet zone and is named")
    func limitsAndDrawing() throws {
        #expect(QRCode(String(repeating: "a", count: 2_332)) == nil)
        let code = try #require(QRCode("hello"))
        #expect(code.size == 21)
        let svg = code.svg(label: "A QR code").description
        #expect(svg.hasPrefix("<svg class=\"qr\" viewBox=\"0 0 29 29\" role=\"img\" aria-label=\"A QR code\""))
        #expect(svg.contains("<rect width=\"29\" height=\"29\" fill=\"#fff\"/>"))
        // The top-left finder's first row: 7 dark modules from the quiet zone's edge.
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))
        let dark = code.modules.joined().filter { $0 }.count
        let drawn = svg.components(separatedBy: "h").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }.reduce(0, +)
        #expect(drawn == dark)
    }
}
