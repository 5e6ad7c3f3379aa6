import ArgumentParser
import TwitchlessApp

struct MedicineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "medicine",
        abstract: "Record the medicines you take, so magnesium can be kept apart from the ones it affects.",
        discussion: """
            Examples:
              twitchless medicine add levothyroxine --schedule 07:00
              twitchless medicine add alendronate --schedule "weekly monday 06:30"
              twitchless medicine add doxycycline --schedule 08:00,20:00 --start 2026-11-20 --end 2026-11-27
              twitchless medicine list
            """,
        subcommands: [MedicineAddCommand.self, MedicineListCommand.self, MedicineRemoveCommand.self]
    )
}
