import Foundation
import TwitchlessReference
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// Today, and logging from the web: an episode in one tap, more details, the day's check-in.
struct TodayController {
    let store: TwitchlessStore

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/", use: today)
        router.get("/log", use: logPage)
        router.post("/log/episode", use: logEpisode)
        router.post("/log/day", use: logDay)
    }

    /// The signed-in person's context, or a redirect to set up or sign in.
    static func personContext(_ context: AppRequestContext, store: TwitchlessStore) async throws -> AppContext {
        let user = try context.requireUser()
        guard let cache = context.personCache else { return try await AppContext.forOwner(user.owner, store: store, now: try AppContext.now()) }
        return try await cache.context(for: user, store: store)
    }

    func today(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.user == nil {
            let count = try await store.accounts { try await $0.userCount() }
            return .redirect(to: count == 0 ? "/setup" : "/login", type: .found)
        }
        let person = try await Self.personContext(context, store: store)
        let user = try context.requireUser()
        let cache = context.personCache ?? PersonCache()
        let message = request.uri.queryParameters["logged"].map { _ in "Logged. You can add details on the Log page." }
        if message == nil, let session = context.sessionHash, let html = cache.page(session: session, version: user.dataVersion, date: person.today) {
            return Pages.html(html)
        }
        let today = try await cache.today(for: user, context: person)
        let body = TodayPage.render(summary: today.summary, notices: today.notices, csrf: context.csrfToken, message: message,
                                    dateText: Self.dateText(person.today))
        let html = Layout.page(title: "Today", navigation: .init(isSignedIn: true, current: "/", csrf: context.csrfToken), body: body)
        if message == nil, let session = context.sessionHash { cache.savePage(html, session: session, version: user.dataVersion, date: person.today) }
        return Pages.html(html)
    }

    func logPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await Self.personContext(context, store: store)
        return try await Self.logPage(person: person, context: context, foodQuery: request.uri.queryParameters["food"].map(String.init))
    }

    /// The Log page, with the food search's matches for `foodQuery`; with `failed`, the refused form shows what was sent and why.
    static func logPage(person: AppContext, context: AppRequestContext, foodQuery: String?, failed: FormState? = nil) async throws -> Response {
        let (day, products) = try await person.read { (try await $0.ownDayLog(on: person.today), try await $0.products()) }
        let logged = try await SymptomRemoval.recent(context: person)
        let query = foodQuery.map { String($0.prefix(100)).trimmingCharacters(in: .whitespaces) }
        var intakes = LogPage.Intakes(foodQuery: query, products: products, symptoms: try person.reference.symptoms(),
                                      logged: logged, emergency: try person.emergencyContact())
        if let query, !query.isEmpty { intakes.foods = try FoodLogging.search(query, limit: 8, context: person) }
        return Pages.page("Log", context: context, current: "/log",
                          body: LogPage.render(csrf: context.csrfToken, day: day, today: person.today, intakes: intakes, failed: failed))
    }

    func logEpisode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await Self.personContext(context, store: store)
        return try await FormState.submit(form, form: "episode") {
            let episode = try EpisodeInput(
                site: form["site"], kind: form["kind"].flatMap { $0.isEmpty ? nil : $0 }, at: form["at"].flatMap { $0.isEmpty ? nil : $0 },
                intensity: try Self.number(form["intensity"], "Intensity"), durationSeconds: try Self.number(form["duration_seconds"], "Duration"),
                pain: try Self.number(form["pain"], "Pain"), note: form["note"]
            ).episode(context: person)
            _ = try await person.write { try await $0.insertEpisode(episode) }
        } then: {
            .redirect(to: "/?logged=1", type: .normal)
        } redisplay: { failed in
            try await Self.logPage(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    func logDay(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await Self.personContext(context, store: store)
        return try await FormState.submit(form, form: "day") {
            var values: [DayFactor: String] = [:]
            for factor in DayFactor.allCases { if let text = form[factor.column], !text.isEmpty { values[factor] = text } }
            try await DayInput.save(values: values, date: person.today, context: person)
        } then: {
            .redirect(to: "/?logged=1", type: .normal)
        } redisplay: { failed in
            try await Self.logPage(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    static func number(_ text: String?, _ name: String) throws -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text) else { throw TwitchlessError.invalidInput("\(name): \"\(text)\" is not a whole number.") }
        return value
    }

    static func dateText(_ date: LocalDate) -> String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1])"
    }
}

/// An episode as the web form or the API gives it, checked the same way the CLI checks it.
struct EpisodeInput {
    var site: String?
    var kind: String?
    var at: String?
    var intensity: Int?
    var durationSeconds: Int?
    var pain: Int?
    var note: String?

    func episode(context: AppContext) throws -> Episode {
        guard let site else { throw TwitchlessError.invalidInput("The body site is missing.", fix: "Give one of: \(BodySite.allCases.map(\.rawValue).joined(separator: ", ")).") }
        let startedAt: Timestamp
        if let at {
            guard let parsed = Timestamp(iso8601: at) else {
                throw TwitchlessError.invalidInput("We couldn't read the time \"\(at)\".", fix: "Use ISO 8601 with an offset, like 2026-11-24T21:15:00+01:00.")
            }
            guard parsed.epochSeconds <= Int64(context.now.timeIntervalSince1970) + 60 else {
                throw TwitchlessError.invalidInput("The time \(at) is in the future.", fix: "Log episodes that have happened.")
            }
            guard parsed.localDate >= LocalDate.earliestLoggable else { throw TwitchlessError.invalidInput("The time \(at) is too long ago.") }
            startedAt = parsed
        } else {
            startedAt = context.clock.timestamp(context.now)
        }
        let episode = Episode(startedAt: startedAt, site: try BodySite(parsing: site), kind: try EpisodeKind(parsing: kind ?? "twitch"),
                              intensity: intensity, durationSeconds: durationSeconds, pain: pain, note: try NoteText.clean(note.flatMap { $0.isEmpty ? nil : $0 }))
        try episode.validate()
        return episode
    }
}

/// A day's check-in with factors, merged into the person's own log as `log day` does.
enum DayInput {
    static func save(values: [DayFactor: String], date: LocalDate, context: AppContext) async throws {
        var parsed: [(DayFactor, DayFactor.FactorValue)] = []
        for (factor, text) in values { parsed.append((factor, try factor.parse(text))) }
        let chosen = parsed
        try await context.write { session in
            var log = try await session.ownDayLog(on: date) ?? DayLog(date: date)
            log.isTracked = true
            for (factor, value) in chosen { log.set(factor, value) }
            try log.validate()
            try await session.saveDayLogs([log])
        }
    }
}
