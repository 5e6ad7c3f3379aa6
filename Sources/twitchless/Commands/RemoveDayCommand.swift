import TwitchlessApp
import TwitchlessReference
import ArgumentParser
import TwitchlessCore
import TwitchlessStore

struct RemoveDayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day",
        abstract: "Remove a day's check-in and factors (its episodes, foods and supplements stay).",
        discussion: """
            Example:
              twitchless remove day 2026-11-20
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The day: YYYY-MM-DD, today or yesterday.", valueName: "date"))
    var date: String

    func run() async throws {
        try await reportingErrors {
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let day = try FriendlyTime.parseDate(date, today: context.today)
            guard try await context.write({ try await $0.deleteDayLog(on: day) }) else {
                throw TwitchlessError.notFound("There is no check-in for \(day) to remove.")
            }
            print("Removed the check-in and factors of \(day). Its episodes, foods and supplements are still in your log.")
        }
    }
}
