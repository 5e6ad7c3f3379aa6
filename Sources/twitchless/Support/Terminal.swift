import Foundation
import Synchronization
import TwitchlessCore

/// Where a command writes and what it reads from its surroundings: the process's standard output, standard error and
/// environment, or, for a run inside another program (the tests), text collected in memory and a given environment.
struct Terminal: Sendable {
    /// Writes to standard output.
    var out: @Sendable (String) -> Void
    /// Writes to standard error.
    var err: @Sendable (String) -> Void
    var environment: [String: String]
    /// Whether a person is at the keyboard (progress bars and questions only then).
    var isInteractive: Bool
    /// The clock every command of this run uses: `TWITCHLESS_NOW` when it is set, else the system's.
    var clock: Result<WallClock, TwitchlessError>

    /// The process's own terminal; the environment and the clock are read once, at start-up.
    static let process = Terminal(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) },
        environment: ProcessInfo.processInfo.environment,
        isInteractive: isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1,
        clock: Result { () throws(TwitchlessError) in try WallClock.fromEnvironment(ProcessInfo.processInfo.environment) }
    )

    /// The terminal of the command running now.
    @TaskLocal static var current = Terminal.process

    /// A terminal that keeps what is written, for a run inside another program.
    static func captured(environment: [String: String], output: Captured) -> Terminal {
        Terminal(
            out: { text in output.append(text, error: false) },
            err: { text in output.append(text, error: true) },
            environment: environment,
            isInteractive: false,
            clock: Result { () throws(TwitchlessError) in try WallClock.fromEnvironment(environment) }
        )
    }

    /// What a captured run wrote.
    final class Captured: Sendable {
        private let state = Mutex<(out: String, err: String)>(("", ""))

        func append(_ text: String, error: Bool) {
            state.withLock { if error { $0.err += text } else { $0.out += text } }
        }

        var out: String { state.withLock { $0.out } }
        var err: String { state.withLock { $0.err } }
    }
}
