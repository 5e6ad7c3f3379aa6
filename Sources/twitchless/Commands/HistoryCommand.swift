import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A compact table of recent days with an episode sparkline.",
        discussion: """
            In the sparkline, "·" is a day you didn't check in (unknown, not zero) and "_" a checked-in day \
            without episodes.

            JSON (the same as GET /api/v1/history): {from, to, recommended_mg, supplement_upper_limit_mg, days: [{date, tracked, episodes (null on a day you didn't check in and logged \
            nothing), factors {\(DayFactor.allCases.map(\.column).joined(separator: ", ")): number or null (yes is 1)}, \
            magnesium_food_mg, magnesium_supplement_mg}]}, \
            oldest day first.

            Examples:
              twitchless history
              twitchless history --days 90
              twitchless history --days 365 --json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Option(help: ArgumentHelp("How many days back from today (at most 3660).", valueName: "n"))
    var days: Int = 14

    func validate() throws {
        guard (1...3660).contains(days) else { throw ValidationError("--days must be between 1 and 3660.") }
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let end = context.today
                let history = try await HistoryLoader.document(context: context, days: days, end: end)
                if output.json { return try Output.json(history) }
                Output.print(HistoryView(rows: history.days).text)
            }
        }
    }
}

/// The history table.
struct HistoryView {
    let rows: [HistoryDocument.Day]

    var text: String {
        let spark = Sparkline.render(rows.map(\.episodes))
        let tracked = rows.filter(\.tracked).count
        let total = rows.reduce(0) { $0 + ($1.episodes ?? 0) }
        var lines = ["Episodes, \(rows.first?.date ?? "") to \(rows.last?.date ?? ""):"]
        lines.append("  \(spark)")
        lines.append("  \(total) episodes; you checked in on \(tracked) of \(rows.count) days.")
        lines.append("")
        lines.append("date        in  episodes  sleep  stress  caffeine  alcohol  water  exercise  Mg food  Mg suppl")
        for row in rows.reversed() {
            func cell(_ key: String, _ width: Int) -> String {
                (row.factors[key]?.wrappedValue.map { DecimalText.format($0, digits: 1) } ?? "–").leftPadded(width)
            }
            let mark = row.tracked ? "✓" : "·"
            let food = (row.magnesiumFoodMg.map { DecimalText.format($0, digits: 0) } ?? "–").leftPadded(8)
            let supplement = (row.magnesiumSupplementMg.map { DecimalText.format($0, digits: 0) } ?? "–").leftPadded(9)
            lines.append(
                "\(row.date)  \(mark) \((row.episodes.map(String.init) ?? "–").leftPadded(9))  \(cell("sleep_hours", 5))  \(cell("stress", 6))  \(cell("caffeine_mg", 8))  \(cell("alcohol_drinks", 7))  \(cell("water_liters", 5))  \(cell("exercise_minutes", 8))  \(food) \(supplement)"
            )
        }
        return lines.joined(separator: "\n")
    }
}
