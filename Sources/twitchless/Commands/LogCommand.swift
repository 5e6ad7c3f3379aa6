import ArgumentParser
import TwitchlessApp
import TwitchlessReference
import TwitchlessStore

struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log an episode, your day, a supplement you took, or food you ate.",
        discussion: """
            Times default to now. You can write them as 21:15, 9pm, "yesterday 21:15", "2 hours ago", \
            2026-11-24T21:15 or 2026-11-24T21:15:00+01:00; times in the future are refused.

            Examples:
              twitchless log episode eyelid_left --intensity 3
              twitchless log day --sleep 6.5 --stress 7
              twitchless log supplement "Magnesium glycinate" --servings 2
              twitchless log food "pumpkin seeds" --amount "1 oz"
              twitchless log symptom muscle_weakness
            """,
        subcommands: [LogEpisodeCommand.self, LogDayCommand.self, LogSupplementCommand.self, LogFoodCommand.self, LogSymptomCommand.self]
    )
}
