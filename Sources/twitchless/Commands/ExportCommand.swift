import TwitchlessReference
import TwitchlessStore
import ArgumentParser

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your data to files.",
        discussion: """
            Example:
              twitchless export csv --output ~/twitchless-export
            """,
        subcommands: [ExportCSVCommand.self]
    )
}
