import Foundation
import Testing
import TwitchlessTestSupport

@Suite("House format")
struct FormatTests {
    @Test("Every source and test file is formatted to .swift-format (swift format lint --strict finds nothing)")
    func formatted() throws {
        let root = PackagePaths.root
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swift", "format", "lint", "--strict", "--recursive", "--parallel",
            "--configuration", root.appendingPathComponent(".swift-format").path,
            root.appendingPathComponent("Sources").path, root.appendingPathComponent("Tests").path,
            root.appendingPathComponent("Package.swift").path,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Run: swift format format -i -r Sources Tests Package.swift\n\(output.prefix(4000))")
    }
}
