public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A local SMTP server that keeps the messages it receives (Python's aiosmtpd, `Tests/Checkers/smtp_sink.py`).
public final class SMTPSink: @unchecked Sendable {
    // Started and stopped by the one test that owns it.
    let process = Process()
    public let port: Int
    public let folder: URL

    /// Whether python3 has aiosmtpd.
    public static var isAvailable: Bool { PythonChecker.hasModules(["aiosmtpd"]) }

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-smtp-\(UUID().uuidString)")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", PackagePaths.root.appendingPathComponent("Tests/Checkers/smtp_sink.py").path, folder.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 0x0A { line.append(first) }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw SinkError.didNotStart
        }
        self.port = port
    }

    /// The messages received so far, oldest first, as text.
    public func messages() -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        return names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    /// Ends the server: SIGTERM, then SIGKILL if it is still there after two seconds.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<40 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    deinit { if process.isRunning { process.terminate() } }

    public enum SinkError: Error { case didNotStart }
}
