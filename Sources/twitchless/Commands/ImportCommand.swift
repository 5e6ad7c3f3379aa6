import ArgumentParser
import TwitchlessApp
import TwitchlessReference
import TwitchlessStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data in from files.",
        discussion: """
            Example:
              twitchless import csv days.csv episodes.csv
              twitchless import apple-health export.zip
            """,
        subcommands: [ImportCSVCommand.self, ImportAppleHealthCommand.self]
    )
}
