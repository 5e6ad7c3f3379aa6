public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A helper server written in Python (`Tests/Checkers/NAME.py DIR`), started for one test: it writes what it
/// receives to DIR, and says on its first line of output how to reach it.
public final class LocalService: @unchecked Sendable {
    // Started and stopped by the one test that owns it.
    let process = Process()
    /// The first line the service printed.
    public let greeting: String
    public let folder: URL

    public init(script: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-\(script)-\(UUID().uuidString)")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", PackagePaths.root.appendingPathComponent("Tests/Checkers/\(script).py").path, folder.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 0x0A { line.append(first) }
        greeting = String(decoding: line, as: UTF8.self)
        guard !greeting.isEmpty else {
            process.terminate()
            throw StartError.didNotStart
        }
    }

    /// The files written so far, oldest first.
    public func files(ending suffix: String) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
        return names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    /// Ends the service: SIGTERM, then SIGKILL if it is still there after two seconds.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<40 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    deinit { if process.isRunning { process.terminate() } }

    public enum StartError: Error { case didNotStart }
}
