import Foundation
import TwitchlessReference
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// History: the last 30 or 90 days as charts and a table.
struct HistoryController {
    let store: TwitchlessStore

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/history", use: history)
    }

    func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await TodayController.personContext(context, store: store)
        let period = try Self.days(request, allowed: 1...3660, default: 30)
        let days = try await HistoryLoader.load(context: person, days: period, end: person.today)
        return Pages.page("History", context: context, current: "/history",
                          body: HistoryPage.render(days: days, period: period, targets: try person.targets(on: person.today)))
    }

    /// The `days` query parameter.
    /// - Throws: `invalidInput` for a value that isn't a whole number in `allowed`.
    static func days(_ request: Request, allowed: ClosedRange<Int>, default value: Int) throws -> Int {
        guard let text = request.uri.queryParameters["days"].map(String.init), !text.isEmpty else { return value }
        guard let days = Int(text), allowed.contains(days) else {
            throw TwitchlessError.invalidInput("\"\(text)\" is not a number of days we can show.",
                                               fix: "Use a whole number from \(allowed.lowerBound) to \(allowed.upperBound), like 30 or 90.")
        }
        return days
    }
}
