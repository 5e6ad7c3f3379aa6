import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// History: the last 30 or 90 days as charts and a table.
struct HistoryController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/history", use: history)
    }

    func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let period = try RequestInput.days(request, allowed: 1...3660, default: 30)
        let days = try await HistoryLoader.load(context: person, days: period, end: person.today)
        return Pages.page(
            "History",
            context: context,
            current: "/history",
            body: HistoryPage.render(days: days, period: period, targets: try person.targets(on: person.today))
        )
    }
}
