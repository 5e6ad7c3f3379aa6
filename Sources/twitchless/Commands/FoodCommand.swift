import ArgumentParser
import TwitchlessApp
import TwitchlessReference
import TwitchlessStore

struct FoodCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "food",
        abstract: "Search the USDA food table (8,092 foods) for magnesium.",
        discussion: """
            Example:
              twitchless food search pumpkin seeds
            """,
        subcommands: [FoodSearchCommand.self]
    )
}
