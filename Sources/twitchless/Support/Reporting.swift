import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Runs a command body; a `TwitchlessError` is printed to stderr in plain words and becomes its exit code.
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as TwitchlessError {
        var text = error.message
        for line in NextStepCommand.lines(fix: error.fix, next: error.next) { text += "\n" + line }
        Output.error(text)
        throw ExitCode(exitCode(for: error.code))
    }
}

/// The exit code for each kind of failure (sysexits.h).
func exitCode(for code: TwitchlessError.Code) -> Int32 {
    switch code {
    case .invalidInput, .conflict: 65
    case .notFound: 66
    case .unavailable: 69
    default: 70
    }
}

enum Output {
    /// Prints a line to standard output.
    static func print(_ text: String = "") {
        Terminal.current.out(text + "\n")
    }

    /// Prints a line to standard error.
    static func error(_ text: String) {
        Terminal.current.err(text + "\n")
    }

    /// Prints a value as pretty JSON with sorted snake_case keys, the API's names.
    static func json(_ value: some Encodable) throws {
        Output.print(try JSONDocument.encode(value, pretty: true))
    }

    /// Wraps text to `width` columns, indenting continuation lines.
    static func wrap(_ text: String, width: Int = 78, indent: String = "") -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width - indent.count {
                    lines.append(indent + line)
                    line = String(word)
                } else {
                    line += (line.isEmpty ? "" : " ") + word
                }
            }
            lines.append(indent + line)
        }
        return lines.joined(separator: "\n")
    }
}
