import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Logging food, a supplement or a symptom from the Log page; each answers with what was logged and any notices.
struct IntakeController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.post("/log/food", use: logFood)
        router.post("/log/supplement", use: logSupplement)
        router.post("/log/symptom", use: logSymptom)
        router.post("/log/symptom/:id/remove", use: removeSymptom)
    }

    /// Removes a symptom logged by mistake, with its red flag; someone else's id is not found.
    func removeSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let outcome = try await SymptomRemoval.remove(.id(try context.recordID()), context: person)
        var details: [String] = []
        if !outcome.clearedFlags.isEmpty { details.append("Its red flag is gone with it.") }
        return Pages.page(
            "Removed",
            context: context,
            current: "/log",
            body: LogPage.result(message: outcome.message, details: details, notices: [], heading: "Removed")
        )
    }

    func logFood(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "food") {
            try await FoodLogging.log(
                foodID: form.given("food_id"),
                query: form.given("food"),
                amount: form.given("amount"),
                at: try WhenField.read(form),
                context: person
            )
        } then: { outcome in
            Pages.page(
                "Logged",
                context: context,
                current: "/log",
                body: LogPage.result(message: outcome.message, notices: [], alternatives: outcome.alternatives)
            )
        } redisplay: { failed in
            try await LogPage.response(person: person, context: context, foodQuery: form["search"], failed: failed)
        }
    }

    func logSupplement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "supplement") {
            try await SupplementLogging.log(
                product: .id(form.given("product_id")),
                servings: form.given("servings"),
                at: try WhenField.read(form),
                context: person
            )
        } then: { (outcome: SupplementLogging.Outcome) in
            Pages.page(
                "Logged",
                context: context,
                current: "/log",
                body: LogPage.result(message: outcome.message, details: outcome.dayText.map { [$0] } ?? [], notices: outcome.notices)
            )
        } redisplay: { failed in
            try await LogPage.response(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    func logSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "symptom") {
            try await SymptomLogging.log(key: form.given("symptom"), at: try WhenField.read(form), note: form.given("note"), context: person)
        } then: { outcome in
            Pages.page("Logged", context: context, current: "/log", body: LogPage.result(message: outcome.message, notices: outcome.notices))
        } redisplay: { failed in
            try await LogPage.response(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }
}
