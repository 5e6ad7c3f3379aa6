import ArgumentParser
import TwitchlessApp
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
            try await withContext(global) { context in
                guard let status = try await TrialPlanning.status(context: context) else {
                    throw TwitchlessError.notFound("You haven't started a trial.", fix: "Design one first.", next: .designTrial)
                }
                guard let today = status.today else {
                    Output.print(
                        context.today < status.design.startDate
                            ? "Your trial starts on \(status.design.startDate)."
                            : "Your trial ended on \(status.design.endDate). See the result with: twitchless trial report"
                    )
                    return
                }
                Output.print("Today: \(today.what).")
                Output.print(today.position)
                if !status.isTrackedToday { Output.print("Please check in today with `twitchless log day`: only tracked days count.") }
            }
        }
    }
}
