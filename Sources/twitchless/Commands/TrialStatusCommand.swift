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
            guard let position = design.position(on: context.today) else {
                print(context.today < design.startDate
                      ? "Your trial starts on \(design.startDate)."
                      : "Your trial ended on \(design.endDate). See the result with: twitchless trial report")
                return
            }
            let what = position.arm == .magnesium
                ? "take \(DecimalText.format(design.servings)) × \(design.product)"
                : (design.usesPlacebo ? "take your placebo, not magnesium" : "take no magnesium supplement")
            print("Today: \(what).")
            print("Block \(position.block + 1) of \(design.blocks), \(position.arm.rawValue) period, day \(position.dayInPeriod) of \(design.periodDays)\(position.isWashout ? " (washout: not analysed)" : "").")
            let tracked = try await context.read { try await $0.dayLog(on: context.today)?.isTracked ?? false }
            if !tracked { print("Please check in today with `twitchless log day`: only tracked days count.") }
        }
    }
}
