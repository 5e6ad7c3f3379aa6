import TwitchlessApp
import ArgumentParser
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct TrialStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "What to take today, and where you are in your trial.",
        discussion: """
            Example:
              twitchless trial status
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await reportingErrors {
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let design = try await TrialSupport.current(context: context)
            guard let today = TrialWording.instruction(design, on: context.today) else {
                print(context.today < design.startDate
                      ? "Your trial starts on \(design.startDate)."
                      : "Your trial ended on \(design.endDate). See the result with: twitchless trial report")
                return
            }
            print("Today: \(today.what).")
            print(today.position)
            let tracked = try await context.read { try await $0.dayLog(on: context.today)?.isTracked ?? false }
            if !tracked { print("Please check in today with `twitchless log day`: only tracked days count.") }
        }
    }
}
