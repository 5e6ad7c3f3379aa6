import Foundation
import TwitchlessReference
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// Logging food, a supplement or a symptom from the Log page; each answers with what was logged and any notices.
struct IntakeController {
    let store: TwitchlessStore

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/log/food", use: logFood)
        router.post("/log/supplement", use: logSupplement)
        router.post("/log/symptom", use: logSymptom)
        router.post("/log/symptom/:id/remove", use: removeSymptom)
    }

    /// Removes a symptom logged by mistake, with its red flag; someone else's id is not found.
    func removeSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        let outcome = try await SymptomRemoval.remove(.id(try context.parameters.require("id")), context: person)
        var details: [String] = []
        if !outcome.clearedFlags.isEmpty { details.append("Its red flag is gone with it.") }
        return Pages.page("Removed", context: context, current: "/log", body: LogPage.result(message: outcome.message, details: details, notices: [], heading: "Removed"))
    }

    func logFood(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        return try await FormState.submit(form, form: "food") {
            try await FoodLogging.log(foodID: form["food_id"], query: form["food"], amount: form["amount"], at: form["at"], context: person)
        } then: { outcome in
            Pages.page("Logged", context: context, current: "/log", body: LogPage.result(message: outcome.message, notices: [], alternatives: outcome.alternatives))
        } redisplay: { failed in
            try await TodayController.logPage(person: person, context: context, foodQuery: form["search"], failed: failed)
        }
    }

    func logSupplement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        return try await FormState.submit(form, form: "supplement") {
            let stored = try await Self.product(id: form["product_id"], context: person)
            return try await SupplementLogging.log(product: stored, servings: form["servings"], at: form["at"], context: person)
        } then: { (outcome: SupplementLogging.Outcome) in
            Pages.page("Logged", context: context, current: "/log",
                       body: LogPage.result(message: outcome.message, details: outcome.dayText.map { [$0] } ?? [], notices: outcome.notices))
        } redisplay: { failed in
            try await TodayController.logPage(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    func logSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        return try await FormState.submit(form, form: "symptom") {
            try await SymptomLogging.log(key: form["symptom"], at: form["at"], note: form["note"], context: person)
        } then: { outcome in
            Pages.page("Logged", context: context, current: "/log", body: LogPage.result(message: outcome.message, notices: outcome.notices))
        } redisplay: { failed in
            try await TodayController.logPage(person: person, context: context, foodQuery: nil, failed: failed)
        }
    }

    /// The signed-in person's product with this id; anyone else's is not found.
    static func product(id: String?, context: AppContext) async throws -> StoreSession.StoredProduct {
        guard let id, !id.isEmpty else {
            throw TwitchlessError.invalidInput("Please choose a product.", fix: "Add one on the Magnesium page if you have none yet.")
        }
        guard let stored = try await context.read({ try await $0.products() }).first(where: { $0.id == id }) else {
            throw TwitchlessError.notFound("There is no product with this id among yours.", fix: "Choose one of your products, or add it on the Magnesium page.")
        }
        return stored
    }
}
