public import Foundation

/// Runs a reference script with Python (statsmodels, scipy) and returns its JSON output.
public enum PythonChecker {
    /// Whether python3 with statsmodels is available.
    public static var isAvailable: Bool {
        (try? run(arguments: ["-c", "import statsmodels, scipy"]))?.status == 0
    }

    /// Whether python3 can import every one of `modules` (such as "fhir.resources.R4B" or "icalendar").
    public static func hasModules(_ modules: [String]) -> Bool {
        (try? run(arguments: ["-c", modules.map { "import " + $0 }.joined(separator: "; ")]))?.status == 0
    }

    /// Runs `python3 script arguments…`; throws when it fails.
    public static func json(script: String, arguments: [String]) throws -> [String: Any] {
        let path = PackagePaths.root.appendingPathComponent("Tests/Checkers").appendingPathComponent(script).path
        let result = try run(arguments: [path] + arguments)
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: result.output) as? [String: Any] else {
            throw CheckerError.failed(String(decoding: result.error, as: UTF8.self))
        }
        return object
    }

    public static func run(arguments: [String]) throws -> (status: Int32, output: Data, error: Data) {
        try run(executable: "/usr/bin/env", arguments: ["python3"] + arguments)
    }

    /// Runs any program (a test's shell script, say) the same way.
    public static func run(executable: String, arguments: [String]) throws -> (status: Int32, output: Data, error: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, error)
    }

    /// The same, waited for on a thread of its own: a browser test runs for a minute or more, and blocking one of the
    /// few threads Swift's concurrency runs every test on would hold up the tests running beside it.
    public static func runOffPool(arguments: [String]) async throws -> (status: Int32, output: Data, error: Data) {
        try await runOffPool(executable: "/usr/bin/env", arguments: ["python3"] + arguments)
    }

    /// Any program, waited for on a thread of its own.
    public static func runOffPool(executable: String, arguments: [String]) async throws -> (status: Int32, output: Data, error: Data) {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try run(executable: executable, arguments: arguments) }) }.start()
        }
    }

    public enum CheckerError: Error { case failed(String) }
}
