import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct LogSupplementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplement",
        abstract: "Log servings of a magnesium product you took.",
        discussion: """
            Add the product first with `twitchless supplement add`.

            Examples:
              twitchless log supplement "Magnesium glycinate"
              twitchless log supplement "Magnesium glycinate" --servings 2 --at 21:00
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The product's name, as you added it.", valueName: "product"))
    var product: String

    @Option(parsing: .unconditional, help: ArgumentHelp("How many servings (default 1).", valueName: "number"))
    var servings: String?

    @Option(help: ArgumentHelp("When you took it (default: now).", valueName: "time"))
    var at: String?

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let outcome = try await SupplementLogging.log(product: .name(product), servings: servings, at: at, context: context)
                for notice in outcome.notices where notice.severity == .emergency { Output.print(NoticeLines.render(notice) + "\n") }
                Output.print(outcome.message)
                if let dayText = outcome.dayText { Output.print(Output.wrap(dayText)) }
                for notice in outcome.notices where notice.severity != .emergency { Output.print("\n" + NoticeLines.render(notice)) }
            }
        }
    }
}
