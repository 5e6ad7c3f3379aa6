import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct RemoveEpisodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "episode",
        abstract: "Remove an episode logged by mistake.",
        discussion: """
            Examples:
              twitchless remove episode eyelid_left --at 21:15
              twitchless remove episode calf_right --kind cramp --at "2026-11-20 06:40"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The body site of the episode.", valueName: "site"))
    var site: String

    @Option(help: ArgumentHelp("twitch, spasm or cramp, when several episodes share the minute.", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("When it started, to the minute, as shown by `twitchless day`.", valueName: "time"))
    var at: String

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                Output.print(try await EpisodeRemoval.remove(.logged(site: site, kind: kind, at: at), context: context).message)
            }
        }
    }
}
