import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct RemoveFoodCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "food",
        abstract: "Remove a food logged by mistake.",
        discussion: """
            Examples:
              twitchless remove food --at 12:30
              twitchless remove food --at 12:30 --id 12016     # when several foods share the minute
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("When you ate it, to the minute.", valueName: "time"))
    var at: String

    @Option(help: ArgumentHelp("The food's number, when several foods share the minute.", valueName: "ndb"))
    var id: String?

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                Output.print(try await FoodRemoval.remove(at: at, foodID: id, context: context))
            }
        }
    }
}
