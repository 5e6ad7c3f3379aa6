import Foundation
import TwitchlessTestSupport

@testable import twitchless

/// Runs `twitchless` command lines inside the test process, on a private database, through the same entry point as
/// the binary (`Twitchless.run`): the output is collected in memory and the environment is the runner's own. The
/// built binary itself runs in a few tests per command (`binary`), for exit codes and standard error as a shell sees
/// them.
struct CLI: Sendable {
    var files: CLIRunner

    init(now: String = "2026-11-24T18:00:00Z") { files = CLIRunner(now: now) }

    var folder: URL { files.folder }
    var database: URL { files.database }
    /// The fixed current time of every run.
    var now: String {
        get { files.now }
        set { files.now = newValue }
    }

    /// The environment a run sees: the runner's folder as HOME, its database, its fixed time and UTC.
    func environment(useDatabase: Bool, extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        environment["TWITCHLESS_NOW"] = files.now
        environment["TZ"] = "UTC"
        environment["TWITCHLESS_DATABASE"] = useDatabase ? database.path : nil
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs one command line in process and returns its exit code and what it wrote.
    @discardableResult
    func run(_ arguments: [String], useDatabase: Bool = true, environment extra: [String: String] = [:]) async -> CLIRunner.Result {
        let output = Terminal.Captured()
        let terminal = Terminal.captured(environment: environment(useDatabase: useDatabase, extra: extra), output: output)
        let status = await Terminal.$current.withValue(terminal) { await Twitchless.run(arguments) }
        return CLIRunner.Result(status: status, stdout: output.out, stderr: output.err)
    }

    /// Runs in process with `--json` and parses standard output as a JSON object.
    func json(_ arguments: [String], environment: [String: String] = [:]) async throws -> [String: Any] {
        let result = await run(arguments + ["--json"], environment: environment)
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw CLIRunnerError.notJSON(result.stdout + result.stderr)
        }
        return object
    }

    /// Runs the built binary on the same database, for the exit code and standard error a shell sees.
    @discardableResult
    func binary(_ arguments: [String], useDatabase: Bool = true, environment extra: [String: String] = [:]) throws -> CLIRunner.Result {
        try files.run(arguments, useDatabase: useDatabase, environment: extra)
    }

    func write(_ name: String, _ text: String) throws -> String { try files.write(name, text) }
    func read(_ path: String) throws -> String { try files.read(path) }
}
