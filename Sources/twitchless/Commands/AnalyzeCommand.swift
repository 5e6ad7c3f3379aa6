import ArgumentParser
import TwitchlessApp

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Learn from your data: which day factors go with more episodes.",
        discussion: """
            Example:
              twitchless analyze triggers
            """,
        subcommands: [AnalyzeTriggersCommand.self]
    )
}
