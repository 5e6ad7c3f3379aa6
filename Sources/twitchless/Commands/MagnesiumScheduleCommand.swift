import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MagnesiumScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "The times of a day when magnesium keeps clear of every medicine it affects.",
        discussion: """
            Times are proposed between 06:00 and 23:00. No plan is made while kidney disease (or "not sure") is set \
            in your profile, for children under 4, or while signs of too much magnesium are active: then magnesium \
            supplements are for a doctor to decide.

            Examples:
              twitchless magnesium schedule
              twitchless magnesium schedule --date 2026-11-30 --json

            JSON: {date, free: [{from, to}], suggestion (HH:MM or null), doses: [{medicine, at}], refused (null, or the notice \
            saying why no times are planned: {id, severity, message, fix, next_step, source})}; the same as \
            GET /api/v1/magnesium/schedule.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Option(help: ArgumentHelp("The day to plan (default today; YYYY-MM-DD, today or tomorrow).", valueName: "date"))
    var date: String?

    static func clock(_ seconds: Int) -> String { MagnesiumSchedulePlanner.clock(seconds) }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let day = try MagnesiumSchedulePlanner.day(date, today: context.today)
                let outcome = try await MagnesiumSchedulePlanner.plan(context: context, on: day)
                if output.json { return try Output.json(ScheduleDocument(outcome, on: day)) }
                guard case .planned(let plan, let startHour, let endHour) = outcome else {
                    guard case .refused(let refusal) = outcome else { return }
                    Output.print("Twitchless doesn't plan magnesium times for you.\n")
                    Output.print(NoticeLines.render(refusal))
                    return
                }
                let planningDay = "\(Self.clock(startHour * 3600)) and \(Self.clock(endHour * 3600))"
                if plan.windows.isEmpty {
                    Output.print("None of your medicines needs magnesium kept apart from it, so any time between \(planningDay) suits on \(day).")
                    return
                }
                Output.print(
                    "Medicine doses on \(day): "
                        + (plan.doses.isEmpty ? "none." : plan.doses.map { "\($0.medicine) at \($0.at.clockText)" }.joined(separator: ", "))
                )
                for (name, window) in plan.windows.sorted(by: { $0.key < $1.key }) {
                    Output.print(Output.wrap("\(name.sentenceCased): \(window.plainText).", indent: "  "))
                }
                guard let suggestion = plan.suggestion else {
                    Output.print(
                        Output.wrap(
                            "\nNo time between \(planningDay) keeps every gap on \(day). Please ask your pharmacist how to fit magnesium around these medicines."
                        )
                    )
                    return
                }
                Output.print(
                    "\nMagnesium fits these times on \(day): "
                        + ScheduleDocument(outcome, on: day).free.map { $0.from == $0.to ? $0.from : "\($0.from)–\($0.to)" }
                        .joined(separator: ", ")
                )
                Output.print("A good time: \(Self.clock(suggestion)).")
            }
        }
    }
}
