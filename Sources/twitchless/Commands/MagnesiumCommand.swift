import ArgumentParser
import TwitchlessApp
import TwitchlessReference
import TwitchlessStore

struct MagnesiumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "magnesium",
        abstract: "Magnesium forms, conversions and good food sources.",
        discussion: """
            Examples:
              twitchless magnesium forms
              twitchless magnesium convert 500 mg citrate
              twitchless magnesium foods
              twitchless magnesium schedule
            """,
        subcommands: [MagnesiumFormsCommand.self, MagnesiumConvertCommand.self, MagnesiumFoodsCommand.self, MagnesiumScheduleCommand.self]
    )
}
