import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Options every command that touches the database accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file to use, or a PostgreSQL URL (postgres://user:password@host:5432/twitchless).",
            discussion: "Defaults to $TWITCHLESS_DATABASE, else ~/.local/share/twitchless/twitchless.sqlite (XDG_DATA_HOME is respected).",
            valueName: "path"
        )
    )
    var database: String?
}

/// The `--json` flag of read commands.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print the result as JSON (stable, documented field names) instead of text.")
    var json = false
}

extension AppContext {
    /// Opens the database the options name (creating the default folder if needed) and reads the profile.
    static func open(_ global: GlobalOptions) async throws(TwitchlessError) -> AppContext {
        let (location, isDefault) = try DatabaseLocation.resolve(flag: global.database, environment: Terminal.current.environment)
        let context = try await AppContext.open(location, isDefault: isDefault, clock: try Terminal.current.clock.get())
        if let warning = context.zoneWarning {
            Output.error(([warning.message] + NextStepCommand.lines(fix: warning.fix, next: warning.next)).joined(separator: " "))
        }
        return context
    }
}

/// Opens the database the options name, runs `body` with it, and closes it before returning, after an error too.
func withContext(_ global: GlobalOptions, _ body: (AppContext) async throws -> Void) async throws {
    let context = try await AppContext.open(global)
    do {
        try await body(context)
    } catch {
        await context.store.close()
        throw error
    }
    await context.store.close()
}
