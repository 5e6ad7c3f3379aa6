import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// Any day on the web, today or past: its episodes, its check-in made late or corrected, or removed after asking once.
struct DayController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/days", use: jump)
        router.get("/days/:date", use: page)
        router.post("/days/:date", use: checkIn)
        router.get("/days/:date/remove-check-in", use: confirmRemove)
        router.post("/days/:date/remove-check-in", use: removeCheckIn)
    }

    /// The "go to a day" form: `?date=2026-11-20` (or today, yesterday).
    func jump(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let date = try person.date(request.uri.queryParameters["date"].map(String.init).flatMap(InputText.given))
        return .redirect(to: "/days/\(date)", type: .found)
    }

    func date(_ context: AppRequestContext, person: AppContext) throws -> LocalDate {
        try person.date(try context.parameters.require("date"))
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let date = try date(context, person: person)
        let message = request.uri.queryParameters["saved"].map { Self.savedMessage(String($0)) } ?? nil
        return try await render(date, person: person, context: context, message: message, failed: nil)
    }

    static func savedMessage(_ key: String) -> String? {
        switch key {
        case "episode": "Saved. The episode is changed."
        case "nothing": "Nothing changed."
        case "deleted": "Deleted. Nothing else changed."
        case "logged": "Logged."
        case "food": "Saved. The food is changed."
        case "supplement": "Saved. The intake is changed."
        case "check-in": "Check-in saved."
        case "removed": "The check-in is removed. The day's episodes, foods and supplements are still here."
        default: nil
        }
    }

    func render(_ date: LocalDate, person: AppContext, context: AppRequestContext, message: String?, failed: FormState?) async throws -> Response {
        let (summary, episodes) = try await DaySummaryLoader.loadWithEpisodes(context: person, date: date)
        let intakes = try await IntakeEditing.day(date, context: person)
        let input = DayPage.Input(
            summary: summary,
            episodes: episodes,
            foods: intakes.foods,
            supplements: intakes.supplements,
            today: person.today,
            now: person.clock.timestamp(person.now)
        )
        return Pages.page(
            DayText.long(date, today: person.today),
            context: context,
            current: date == person.today ? "/" : "/history",
            body: DayPage.render(input, csrf: context.csrfToken, message: message, failed: failed)
        )
    }

    /// A check-in made or corrected from the day's form: it shows the person's own values, so an emptied field
    /// removes that value (an imported one shows through again).
    func checkIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let date = try date(context, person: person)
        return try await FormState.submit(form, form: "day") {
            var values: [DayFactor: String] = [:]
            for factor in DayFactor.allCases { if let text = form.given(factor.column) { values[factor] = text } }
            let cleared = Set(DayFactor.allCases).subtracting(values.keys)
            return try await DayCheckIn.save(.init(date: date.description, values: values, cleared: cleared), context: person)
        } then: { _ in
            .redirect(to: "/days/\(date)?saved=check-in", type: .normal)
        } redisplay: { failed in
            try await render(date, person: person, context: context, message: nil, failed: failed)
        }
    }

    func confirmRemove(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let date = try date(context, person: person)
        return Pages.page(
            "Remove this check-in?",
            context: context,
            body: DayPage.confirmRemoveCheckIn(date, today: person.today, csrf: context.csrfToken)
        )
    }

    func removeCheckIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let date = try date(context, person: person)
        _ = try await DayCheckIn.remove(date: date.description, context: person)
        return .redirect(to: "/days/\(date)?saved=removed", type: .normal)
    }
}
