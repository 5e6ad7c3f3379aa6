import TwitchlessReference
import TwitchlessStore
import ArgumentParser

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your data to files.",
        subcommands: [ExportCSVCommand.self]
    )
}
