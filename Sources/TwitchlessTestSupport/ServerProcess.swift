public import Foundation

/// A `twitchless serve` process on a free port, for tests that talk to a real server (browsers, two instances).
public final class ServerProcess: @unchecked Sendable {
    // Set once in init and only read afterwards; `stop` is called from the one test that owns the process.
    public let address: String
    private let process: Process
    private let output: Pipe

    /// Starts a server on `database` (a file path or a postgres:// URL) and waits until it prints its address.
    public init(database: String, environment extra: [String: String] = [:], folder: URL, arguments more: [String] = []) throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--port", "0", "--database", database] + more
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        environment["TWITCHLESS_DATABASE"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n"), Date() < deadline, process.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { Thread.sleep(forTimeInterval: 0.05) } else { text += String(decoding: data, as: UTF8.self) }
        }
        guard let range = text.range(of: "running at ") else {
            process.terminate()
            throw ServerProcessError.didNotStart(text)
        }
        self.address = String(text[range.upperBound...].prefix { !$0.isWhitespace })
        self.process = process
        self.output = output
    }

    /// Stops the server with SIGTERM (a graceful shutdown) and waits up to `gracePeriod` seconds for it to exit;
    /// returns its exit status, or nil when it was still running then (a request it could not finish) and had to be
    /// killed.
    @discardableResult
    public func stop(gracePeriod: TimeInterval = 30) -> Int32? {
        process.terminate()
        let deadline = Date().addingTimeInterval(gracePeriod)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else {
            kill()
            return nil
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Kills the server at once (SIGKILL): no graceful shutdown, as in a crash or a power cut.
    public func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    public enum ServerProcessError: Error, CustomStringConvertible {
        case didNotStart(String)
        public var description: String {
            switch self {
            case .didNotStart(let output): "twitchless serve did not start: \(output)"
            }
        }
    }
}
