import TwitchlessApp
import TwitchlessReference
import ArgumentParser
import TwitchlessCore
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
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let minute = try RemoveTime.minute(at, context: context)
            let name = product
            let (productName, count) = try await context.write { session -> (String, Int) in
                guard let stored = try await session.product(named: name) else {
                    throw TwitchlessError.notFound("You don't have a product called \"\(name)\".", fix: "See your products with: twitchless supplement list")
                }
                let removed = try await session.deleteSupplementIntakes(productID: stored.id, inMinuteStarting: minute.epochSeconds)
                guard removed > 0 else {
                    throw TwitchlessError.notFound("No \(stored.product.name) was logged at \(minute.clockText) on \(minute.localDate).",
                                                   fix: "See that day's intakes with: twitchless day \(minute.localDate)")
                }
                return (stored.product.name, removed)
            }
            print("Removed \(count == 1 ? "" : "\(count) intakes of ")\(productName) taken at \(minute.clockText) on \(minute.localDate).")
        }
    }
}
