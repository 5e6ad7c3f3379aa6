import TwitchlessApp
import TwitchlessReference
import ArgumentParser
import TwitchlessCore
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
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let minute = try RemoveTime.minute(at, context: context)
            let foodID = id
            let removed = try await context.write { session -> FoodIntake in
                let found = try await session.foodIntakes(inMinuteStarting: minute.epochSeconds)
                    .filter { foodID == nil || $0.intake.foodID == foodID }
                guard !found.isEmpty else {
                    throw TwitchlessError.notFound("No food was logged at \(minute.clockText) on \(minute.localDate).",
                                                   fix: "See that day's foods with: twitchless day \(minute.localDate)")
                }
                guard found.count == 1 else {
                    let list = found.map { "\($0.intake.foodID) \($0.intake.description)" }.joined(separator: "; ")
                    throw TwitchlessError.invalidInput("Several foods were logged at \(minute.clockText): \(list).",
                                                       fix: "Add --id with the number of the one to remove.")
                }
                try await session.deleteFoodIntakes(ids: [found[0].id])
                return found[0].intake
            }
            print("Removed \(removed.portion) of \(removed.description) at \(removed.eatenAt.clockText) on \(removed.eatenAt.localDate).")
        }
    }
}
