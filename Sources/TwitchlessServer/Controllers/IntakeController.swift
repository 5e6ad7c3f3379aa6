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
        router.get("/log/symptom/:id/remove", use: confirmRemoveSymptom)
        router.post("/log/symptom/:id/remove", use: removeSymptom)
        router.get("/symptoms/:id/edit", use: symptomPage)
        router.post("/symptoms/:id", use: saveSymptom)
    }

    func label(_ stored: StoredSymptom, person: AppContext) throws -> String {
        try person.reference.symptoms().first { $0.key == stored.symptom.key }?.label ?? stored.symptom.key
    }

    func confirmRemoveSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let stored = try await SymptomEditing.symptom(try context.recordID(), context: person)
        let body = LogPage.confirmRemoveSymptom(stored, label: try label(stored, person: person), csrf: context.csrfToken)
        return Pages.page("Remove this symptom?", context: context, current: "/log", body: body)
    }

    func symptomPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let stored = try await SymptomEditing.symptom(try context.recordID(), context: person)
        return try renderSymptom(stored, person: person, context: context, failed: nil)
    }

    func renderSymptom(_ stored: StoredSymptom, person: AppContext, context: AppRequestContext, failed: FormState?) throws -> Response {
        let body = LogPage.symptomForm(
            stored,
            label: try label(stored, person: person),
            now: person.clock.timestamp(person.now),
            csrf: context.csrfToken,
            failed: failed
        )
        return Pages.page("Change a symptom", context: context, current: "/log", body: body)
    }

    func saveSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let stored = try await SymptomEditing.symptom(try context.recordID(), context: person)
        return try await FormState.submit(form, form: "symptom") {
            try await SymptomEditing.edit(
                stored.id,
                at: try WhenField.read(form, current: stored.symptom.at),
                note: form.given("note").map { .set($0) } ?? .clear,
                context: person
            )
        } then: { outcome in
            var details: [String] = []
            if !outcome.clearedFlags.isEmpty { details.append("A red flag it raised no longer applies.") }
            return Pages.page(
                "Saved",
                context: context,
                current: "/log",
                body: LogPage.result(message: outcome.message, details: details, notices: outcome.notices, heading: "Saved")
            )
        } redisplay: { failed in
            try renderSymptom(stored, person: person, context: context, failed: failed)
        }
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
