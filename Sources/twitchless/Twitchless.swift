import ArgumentParser
import Foundation
import Logging
import TwitchlessApp

@main
struct Twitchless: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "twitchless",
        abstract: "Log twitches and cramps, use magnesium correctly, and see what helps you.",
        discussion: """
            Twitchless keeps a private log of muscle twitching, spasms and cramps, the day factors that can \
            trigger them (sleep, stress, caffeine, alcohol, water, exercise, processed food), and the magnesium \
            you get from food and supplements, checked against the sourced reference values for your life stage.

            It never diagnoses. When something should be checked by a doctor, it says so plainly.

            Your data is stored in an SQLite file: --database PATH, else $TWITCHLESS_DATABASE, else \
            $XDG_DATA_HOME/twitchless/twitchless.sqlite (~/.local/share/twitchless/twitchless.sqlite), or in \
            PostgreSQL with --database postgres://user:password@host:5432/twitchless.

            Prefer a browser? `twitchless serve` runs the web app on the same data: open the address it prints.

            A first session:
              twitchless profile --birth 1988-04-02 --sex female --time-zone Europe/London
              twitchless log day --sleep 6.5 --stress 6 --drink "2 coffee"
              twitchless log episode eyelid_left --intensity 3 --duration 20s
              twitchless supplement add "Magnesium glycinate" --elemental 100
              twitchless log supplement "Magnesium glycinate" --servings 2
              twitchless log food "pumpkin seeds" --amount "1 oz"
              twitchless today

            Later: `twitchless check` for anything that needs attention, `twitchless analyze triggers` for what goes \
            with more twitching, and `twitchless trial design` to test whether magnesium helps you.

            Exit codes: 0 success, 64 wrong usage, 65 bad data or a conflict, 66 not found, \
            69 storage unavailable, 70 internal failure.
            """,
        version: "0.1.0",
        subcommands: [
            ProfileCommand.self, LogCommand.self, TodayCommand.self, DayCommand.self, HistoryCommand.self,
            SupplementCommand.self, MagnesiumCommand.self, FoodCommand.self, ImportCommand.self, ExportCommand.self,
            MedicineCommand.self, CheckCommand.self, ReportCommand.self, GuideCommand.self, AnalyzeCommand.self, TrialCommand.self,
            RemoveCommand.self, BackupCommand.self, RestoreCommand.self, MigrateCommand.self, ServeCommand.self,
        ]
    )

    /// Accepts `--database PATH` before the subcommand too (`twitchless --database x.sqlite today`)
    /// by moving it after the subcommand path, where each command declares it.
    static func main() async {
        bootstrapLogging()
        Foundation.exit(await run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Parses and runs one command line on the current terminal and returns its exit code; a refused or failed
    /// command's message goes to standard error, help and the version to standard output.
    static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(movingGlobalOptions(arguments))
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Output.print(message) } else { Output.error(message) }
            }
            return code.rawValue
        }
    }

    /// Logs go to standard error at `$TWITCHLESS_LOG_LEVEL` (default: warning), never to standard output.
    static func bootstrapLogging() {
        let level = Terminal.process.environment["TWITCHLESS_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }

    static func movingGlobalOptions(_ arguments: [String]) -> [String] {
        var moved: [String] = []
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            if argument == "--database", index + 1 < arguments.count {
                moved += [argument, arguments[index + 1]]
                index += 2
                continue
            }
            if argument.hasPrefix("--database=") {
                moved.append(argument)
                index += 1
                continue
            }
            rest.append(argument)
            index += 1
        }
        guard !moved.isEmpty else { return arguments }
        // After the subcommand path (and before a "--" terminator), where each command declares the option.
        if let terminator = rest.firstIndex(of: "--") { rest.insert(contentsOf: moved, at: terminator) } else { rest += moved }
        return rest
    }
}
