package import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Runs the trigger analysis over every checked-in day (`analyze triggers` and the web app).
package enum TriggerAnalysisLoader {
    package static func run(context: AppContext, options: TriggerAnalysis.Options = .init()) async throws(TwitchlessError) -> TriggerAnalysis.Result {
        let all = LocalDate.earliestLoggable...context.today
        let (days, counts) = try await context.read { session in (try await session.allDayLogs(), try await session.episodeCounts(in: all)) }
        return TriggerAnalysis.standard(units: try context.reference.reportingUnits()).run(days: days, episodeCounts: counts, options: options)
    }
}
