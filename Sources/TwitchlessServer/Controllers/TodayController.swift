import Foundation
import Hummingbird
import HummingbirdCore
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
        router.post("/check-in/quick", use: quickCheckIn)
    }

    func quickCheckIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "quick") {
            var values: [DayFactor: String] = [:]
            for factor in QuickCheckIn.factors { if let text = form.given(factor.column) { values[factor] = text } }
            var drinks: [String: Int] = [:]
            for (key, value) in form where key.hasPrefix("drink_") {
                guard let count = Int(value.trimmingCharacters(in: .whitespaces)) else {
                    throw TwitchlessError.invalidInput("\"\(value)\" is not a number of drinks.", fix: "Please choose a number from 0 to 8.")
                }
                drinks[String(key.dropFirst("drink_".count))] = count
            }
            return try await QuickCheckIn.save(
                .init(values: values, drinks: drinks.isEmpty ? nil : drinks, date: form.given("date")),
                context: person
            )
        } then: { _ in
            .redirect(to: "/?checked=1", type: .normal)
        } redisplay: { failed in
            try await render(person: person, context: context, message: nil, loggedID: nil, failed: failed)
        }
    }

    func today(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.user == nil {
            let count = try await store.accounts { try await $0.userCount() }
            return .redirect(to: count == 0 ? "/setup" : "/login", type: .found)
        }
        let person = try await context.person(store)
        let user = try context.requireUser()
        let cache = context.personCache ?? PersonCache()
        let query = request.uri.queryParameters
        let message = Self.message(query)
        let loggedID = query["logged"].map { EpisodeID(typed: String($0)) }
        let changesPage = message != nil || loggedID != nil
        // The page is kept per session and per choice of colours, which the cookie may change at any time.
        let key = context.sessionHash.map { $0 + "/" + (context.theme?.rawValue ?? "system") }
        if !changesPage, let key, let html = cache.page(session: key, version: user.dataVersion, date: person.today) {
            return Pages.html(.trusted(html))
        }
        let html = try await page(person: person, context: context, message: message, loggedID: loggedID, failed: nil)
        if !changesPage, let key {
            cache.savePage(html.markup, session: key, version: user.dataVersion, date: person.today)
        }
        return Pages.html(html)
    }

    func render(person: AppContext, context: AppRequestContext, message: String?, loggedID: EpisodeID?, failed: FormState?) async throws -> Response {
        Pages.html(try await page(person: person, context: context, message: message, loggedID: loggedID, failed: failed))
    }

    /// Today's page: the cached summary and notices, and the short check-in form.
    func page(person: AppContext, context: AppRequestContext, message: String?, loggedID: EpisodeID?, failed: FormState?) async throws -> HTML {
        let user = try context.requireUser()
        let today = try await (context.personCache ?? PersonCache()).today(for: user, context: person)
        let body = TodayPage.render(
            summary: today.summary,
            episodes: today.episodes,
            notices: today.notices,
            csrf: context.csrfToken,
            message: message,
            justLogged: loggedID.flatMap { id in today.episodes.first { $0.id == id } },
            now: person.clock.timestamp(person.now),
            dateText: Self.dateText(person.today),
            quick: try await QuickCheckIn.form(context: person),
            failed: failed
        )
        return Layout.page(
            title: "Today",
            navigation: .init(isSignedIn: true, current: "/", csrf: context.csrfToken, theme: context.theme),
            body: body
        )
    }

    func logPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await LogPage.response(person: person, context: context, foodQuery: request.uri.queryParameters["food"].map(String.init))
    }

    func logEpisode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let fromDay = form["return"] == "day"
        return try await FormState.submit(form, form: "episode") {
            try await EpisodeLogging.log(
                .init(
                    site: form.given("site"),
                    kind: form.given("kind"),
                    at: try Self.when(form),
                    intensity: try InputText.whole(form["intensity"], "Intensity"),
                    durationSeconds: try Self.duration(form),
                    pain: try InputText.whole(form["pain"], "Pain"),
                    note: form.given("note")
                ),
                // Today, where the page goes next, shows the red flags.
                review: [],
                context: person
            )
        } then: { outcome in
            if fromDay || outcome.stored.episode.localDate != person.today {
                return .redirect(to: "/days/\(outcome.stored.episode.localDate)?saved=logged", type: .normal)
            }
            return .redirect(to: "/?logged=\(outcome.stored.id.rawValue)", type: .normal)
        } redisplay: { failed in
            if fromDay, let date = form.given("on").flatMap(LocalDate.init(iso:)), date <= person.today {
                return try await DayController(store: store).render(date, person: person, context: context, message: nil, failed: failed)
            }
            return try await LogPage.response(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    /// When the episode happened: the typed time or the picker on the Log page, or a day's date with a time of day on
    /// the day page; nil for now.
    static func when(_ form: [String: String]) throws -> String? {
        if let date = form.given("on") {
            guard let time = form.given("time") else {
                throw TwitchlessError.invalidInput("Please give the time of day it happened.", fix: "For example 21:15.")
            }
            return "\(date) \(time)"
        }
        return try WhenField.read(form)
    }

    /// How long it lasted: "30s", "2m" (or a number of seconds from older forms).
    static func duration(_ form: [String: String]) throws -> Int? {
        if let text = form.given("duration") { return try DurationText.parseSeconds(text) }
        return try InputText.whole(form["duration_seconds"], "Duration")
    }

    func logDay(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "day") {
            var values: [DayFactor: String] = [:]
            for factor in DayFactor.allCases { if let text = form.given(factor.column) { values[factor] = text } }
            // A check-in made offline carries the day it was made on.
            return try await DayCheckIn.save(.init(date: form.given("date"), values: values), context: person)
        } then: { _ in
            .redirect(to: "/?checked=1", type: .normal)
        } redisplay: { failed in
            try await LogPage.response(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    static func dateText(_ date: LocalDate) -> String { DayText.long(date) }

    /// The message after a change made from Today, from the address it was sent back to.
    static func message(_ query: FlatDictionary<Substring, Substring>) -> String? {
        if query["checked"] != nil { return "Checked in. Thank you: days without twitches count too." }
        if query["undone"] != nil { return "Undone: that episode is removed. Nothing else changed." }
        if let seconds = query["stopped"].flatMap({ Int(String($0)) }), seconds >= 0 {
            return "Saved: it lasted \(DurationText.format(seconds: seconds))."
        }
        return nil
    }
}
