import TwitchlessApp
import ArgumentParser
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MedicineRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a medicine you no longer take.",
        discussion: """
            For a finished course you can also keep it with an end date (medicine add NAME --end DATE).

            Example:
              twitchless medicine remove doxycycline
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The medicine's name.", valueName: "name"))
    var name: String

    func run() async throws {
        try await reportingErrors {
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let target = name
            guard try await context.write({ try await $0.deleteMedicine(named: target) }) else {
                throw TwitchlessError.notFound("You don't have a medicine called \"\(target)\".", fix: "See your medicines with: twitchless medicine list")
            }
            print("Removed \(target).")
        }
    }
}
