import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct RemoveSupplementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplement",
        abstract: "Remove a supplement intake logged by mistake.",
        discussion: """
            Example:
              twitchless remove supplement "Magnesium glycinate" --at 08:00
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The product's name.", valueName: "product"))
    var product: String

    @Option(help: ArgumentHelp("When you took it, to the minute.", valueName: "time"))
    var at: String

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                Output.print(try await SupplementRemoval.remove(product: .name(product), at: at, context: context))
            }
        }
    }
}
