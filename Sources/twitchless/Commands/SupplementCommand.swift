import TwitchlessReference
import TwitchlessStore
import ArgumentParser

struct SupplementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplement",
        abstract: "Add the magnesium products you take, from their labels.",
        subcommands: [SupplementAddCommand.self, SupplementListCommand.self]
    )
}
