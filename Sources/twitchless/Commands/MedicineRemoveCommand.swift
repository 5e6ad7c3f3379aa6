import ArgumentParser
import TwitchlessApp
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
            try await withContext(global) { context in
                Output.print(try await MedicineList.remove(name: name, context: context))
            }
        }
    }
}
