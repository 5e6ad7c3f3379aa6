import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// History: the last 30 or 90 days, a year, all of it, or any dates, as charts and a table.
struct HistoryController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/history", use: history)
    }

    func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let period = try Self.period(request)
        let days = try await HistoryLoader.load(context: person, period: period)
        return Pages.page(
            "History",
            context: context,
            current: "/history",
            body: HistoryPage.render(days: days, period: period, targets: try person.targets(on: person.today), today: person.today)
        )
    }

    /// `?days=90`, `?range=all`, or `?from=2026-01-01&to=2026-03-31`; the last 30 days when none is given.
    static func period(_ request: Request) throws -> HistoryPeriod {
        let query = request.uri.queryParameters
        if let range = query["range"].map(String.init), !range.isEmpty {
            guard range == "all" else {
                throw TwitchlessError.invalidInput(
                    "\"\(range)\" is not a period History knows.",
                    fix: "Please choose one of the periods on the History page."
                )
            }
            return .all
        }
        let from = query["from"].map(String.init) ?? ""
        let to = query["to"].map(String.init) ?? ""
        if !from.isEmpty || !to.isEmpty {
            func date(_ text: String, _ name: String) throws -> LocalDate {
                guard let date = LocalDate(iso: text) else {
                    throw TwitchlessError.invalidInput(
                        text.isEmpty ? "The \(name) date is missing." : "\"\(text)\" is not a date.",
                        fix: "Please pick both dates with the date fields."
                    )
                }
                try LocalDate.checkLoggable(date, what: "\(name) date")
                return date
            }
            return .between(try date(from, "first"), try date(to, "last"))
        }
        return .last(try RequestInput.days(request, allowed: 1...HistoryPeriod.longest, default: 30))
    }
}
