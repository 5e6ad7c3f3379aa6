import ArgumentParser
import TwitchlessApp
import TwitchlessReference

struct RemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove something logged by mistake.",
        discussion: """
            Entries are found by what you see in `twitchless day DATE`: the time (to the minute) and, for an \
            episode, the body site. Nothing else is changed.

            Examples:
              twitchless remove episode eyelid_left --at "yesterday 21:15"
              twitchless remove supplement "Magnesium glycinate" --at 08:00
              twitchless remove food --at 12:30
              twitchless remove symptom breathing_difficulty --at 20:30
              twitchless remove day 2026-11-20
            """,
        subcommands: [
            RemoveEpisodeCommand.self, RemoveSupplementCommand.self, RemoveFoodCommand.self, RemoveSymptomCommand.self, RemoveDayCommand.self,
        ]
    )
}
