import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Move a whole SQLite database, every person in it, to PostgreSQL.",
        discussion: """
            For when a family or clinic outgrows one file: every person, account, log, trial and setting is \
            copied in one transaction into a new, empty PostgreSQL database (create it first, for example with \
            `createdb twitchless`), and the number of rows of every table is checked on both sides before it is \
            kept. The SQLite file is only read: it stays as it was, so you can go back to it.

            Stop `twitchless serve` first, so nothing is written to the file while it moves; then start it again \
            with --database set to the PostgreSQL address.

            Examples:
              twitchless migrate --to postgres://twitchless:secret@localhost:5432/twitchless
              twitchless --database /srv/twitchless.sqlite migrate --to postgres://localhost/twitchless
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The empty PostgreSQL database to move into.", valueName: "postgres-url"))
    var to: String

    func run() async throws {
        try await reportingErrors {
            let (location, _) = try DatabaseLocation.resolve(flag: global.database, environment: Terminal.current.environment)
            if case .sqliteFile(let path) = location, !FileManager.default.fileExists(atPath: path) {
                throw TwitchlessError(
                    .notFound,
                    "There is no database at \(path) to move.",
                    fix: "Give the SQLite file with --database. Nothing was changed."
                )
            }
            try await withContext(global) { context in
                let outcome = try await DatabaseMove.move(context.store, to: to, clock: try Terminal.current.clock.get())
                let people = outcome.people
                Output.print(
                    Output.wrap(
                        "Moved \(people) \(people == 1 ? "person" : "people") (\(outcome.rows("users")) \(outcome.rows("users") == 1 ? "account" : "accounts"), \(outcome.rows("episodes")) episodes, \(outcome.rows("day_logs")) days of check-ins, \(outcome.total) rows in all) to \(outcome.target.description). Every table has the same number of rows in both. The SQLite file was left as it was."
                    )
                )
                Output.print(Output.wrap("Next: start the server on it, with --database and the address you moved to."))
            }
        }
    }
}
