import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Trigger analysis: which day factors go with more episodes.
struct AnalysisController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/analysis", use: page)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let lags = request.uri.queryParameters["lags"] == "yes"
        let dayOfWeek = request.uri.queryParameters["day_of_week"] == "yes"
        let result = try await TriggerAnalysisLoader.run(context: person, options: .init(lags: lags, dayOfWeek: dayOfWeek))
        return Pages.page("Analysis", context: context, current: "/analysis", body: AnalysisPage.render(result, lags: lags, dayOfWeek: dayOfWeek))
    }
}
