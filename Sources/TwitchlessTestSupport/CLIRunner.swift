public import Foundation

/// Runs the built `twitchless` binary against a private database, the way a person would.
public struct CLIRunner: Sendable {
    /// The folder holding this runner's database, HOME and files.
    public let folder: URL
    public var database: URL { folder.appendingPathComponent("twitchless.sqlite") }
    /// The fixed current time for every run.
    public var now: String

    /// The result of one run.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    public init(now: String = "2026-11-24T18:00:00Z") {
        self.folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.now = now
    }

    /// The binary built next to the test bundle.
    public static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("twitchless")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let bundle = Bundle.main.bundleURL.appendingPathComponent("twitchless")
        if FileManager.default.isExecutableFile(atPath: bundle.path) { return bundle }
        return PackagePaths.root.appendingPathComponent(".build/debug/twitchless")
    }

    /// Runs `twitchless` with `arguments`, using this runner's database unless `useDatabase` is false.
    @discardableResult
    public func run(_ arguments: [String], useDatabase: Bool = true, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        environment["TWITCHLESS_NOW"] = now
        environment["TZ"] = "UTC"
        environment["TWITCHLESS_DATABASE"] = useDatabase ? database.path : nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }

    /// Runs and parses standard output as a JSON object.
    public func json(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: Any] {
        let result = try run(arguments + ["--json"], environment: environment)
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw CLIRunnerError.notJSON(result.stdout + result.stderr)
        }
        return object
    }

    /// Writes a file into the runner's folder and returns its path.
    public func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}

public enum CLIRunnerError: Error {
    case notJSON(String)
}
