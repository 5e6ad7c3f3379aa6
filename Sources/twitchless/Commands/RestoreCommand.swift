import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Bring back everything from a backup file into an empty account.",
        discussion: """
            The whole file is checked first (that it is a Twitchless backup, from this version or an older one, \
            complete and unchanged since it was written), then restored in one step: all of it or, if anything is \
            wrong, nothing. It restores only into an account with no entries yet, so nothing is mixed; your profile \
            and settings are replaced by the backup's.

            Examples:
              twitchless restore ~/twitchless-2026-12-01.twitchless-backup
              twitchless --database postgres://me@localhost/twitchless restore me.twitchless-backup
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The backup file that `twitchless backup` or the Settings download wrote.", valueName: "file"))
    var file: String

    func run() async throws {
        try await reportingErrors {
            let path = (file as NSString).expandingTildeInPath
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TwitchlessError(
                    .notFound,
                    "The file \(path) could not be read.",
                    fix: "Check the path and that the file is readable. Nothing was changed."
                )
            }
            try await withContext(global) { context in
                let counts = try await PersonBackup.restore(data, context: context)
                Output.print(Output.wrap("Restored \(counts.summary) from \(path)."))
            }
        }
    }
}
