import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// Today, and logging from the web: an episode in one tap, more details, the day's check-in.
struct TodayController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/", use: today)
        router.get("/log", use: logPage)
        router.post("/log/episode", use: logEpisode)
        router.post("/log/day", use: logDay)
    }

    func today(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.user == nil {
            let count = try await store.accounts { try await $0.userCount() }
            return .redirect(to: count == 0 ? "/setup" : "/login", type: .found)
        }
        let person = try await context.person(store)
        let user = try context.requireUser()
        let cache = context.personCache ?? PersonCache()
        let message = request.uri.queryParameters["logged"].map { _ in "Logged. You can add details on the Log page." }
        if message == nil, let session = context.sessionHash, let html = cache.page(session: session, version: user.dataVersion, date: person.today) {
            return Pages.html(.trusted(html))
        }
        let today = try await cache.today(for: user, context: person)
        let body = TodayPage.render(
            summary: today.summary,
            notices: today.notices,
            csrf: context.csrfToken,
            message: message,
            dateText: Self.dateText(person.today)
        )
        let html = Layout.page(title: "Today", navigation: .init(isSignedIn: true, current: "/", csrf: context.csrfToken), body: body)
        if message == nil, let session = context.sessionHash {
            cache.savePage(html.markup, session: session, version: user.dataVersion, date: person.today)
        }
        return Pages.html(html)
    }

    func logPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await LogPage.response(person: person, context: context, foodQuery: request.uri.queryParameters["food"].map(String.init))
    }

    func logEpisode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "episode") {
            try await EpisodeLogging.log(
                .init(
                    site: form.given("site"),
                    kind: form.given("kind"),
                    at: form.given("at"),
                    intensity: try InputText.whole(form["intensity"], "Intensity"),
                    durationSeconds: try InputText.whole(form["duration_seconds"], "Duration"),
                    pain: try InputText.whole(form["pain"], "Pain"),
                    note: form.given("note")
                ),
                // Today, where the page goes next, shows the red flags.
                review: [],
                context: person
            )
        } then: { _ in
            .redirect(to: "/?logged=1", type: .normal)
        } redisplay: { failed in
            try await LogPage.response(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    func logDay(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "day") {
            var values: [DayFactor: String] = [:]
            for factor in DayFactor.allCases { if let text = form.given(factor.column) { values[factor] = text } }
            return try await DayCheckIn.save(.init(values: values), context: person)
        } then: { _ in
            .redirect(to: "/?logged=1", type: .normal)
        } redisplay: { failed in
            try await LogPage.response(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    static func dateText(_ date: LocalDate) -> String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1])"
    }
}
