import TwitchlessReference
import TwitchlessStore
import ArgumentParser

struct MagnesiumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "magnesium",
        abstract: "Magnesium forms, conversions and good food sources.",
        subcommands: [MagnesiumFormsCommand.self, MagnesiumConvertCommand.self, MagnesiumFoodsCommand.self]
    )
}
