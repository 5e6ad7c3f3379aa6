import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write everything you have logged to one backup file.",
        discussion: """
            The backup holds your profile, every episode, check-in, symptom, food and supplement dose, imported \
            values, products, medicines, trials (with their seeds and orders), acknowledged warnings, share links \
            and reminder settings. It holds no password, session or other person's data. The file is written \
            readable by you only, in the documented format of docs/backup.md; the same data always gives the same \
            file.

            `twitchless restore FILE` brings it back into an empty account, here or on another computer, on SQLite \
            or PostgreSQL.

            Examples:
              twitchless backup ~/twitchless-2026-12-01.twitchless-backup
              twitchless --database postgres://me@localhost/twitchless backup me.twitchless-backup
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The backup file to write (it is replaced if it exists).", valueName: "file"))
    var file: String

    func run() async throws {
        try await reportingErrors {
            let output = try ExportFile(path: file)
            try await withContext(global) { context in
                let outcome = try await PersonBackup.make(context: context)
                try output.write(outcome.data)
                if let url = output.url {
                    Output.print(Output.wrap("Wrote a backup to \(url.path): \(outcome.counts.summary)."))
                }
            }
        }
    }
}
