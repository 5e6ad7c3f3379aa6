import TwitchlessReference
import TwitchlessStore
import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data in from files.",
        subcommands: [ImportCSVCommand.self]
    )
}
