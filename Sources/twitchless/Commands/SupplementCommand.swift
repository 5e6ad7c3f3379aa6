import ArgumentParser
import TwitchlessApp
import TwitchlessReference
import TwitchlessStore

struct SupplementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplement",
        abstract: "Add the magnesium products you take, from their labels.",
        discussion: """
            Examples:
              twitchless supplement add "Magnesium glycinate" --elemental 100 --unit capsule
              twitchless supplement list
            """,
        subcommands: [SupplementAddCommand.self, SupplementListCommand.self]
    )
}
