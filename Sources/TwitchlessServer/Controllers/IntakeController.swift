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
    }

    func logFood(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        let outcome = try await FoodLogging.log(foodID: form["food_id"], query: form["food"], amount: form["amount"], at: form["at"], context: person)
        return Pages.page("Logged", context: context, current: "/log",
                          body: LogPage.result(message: outcome.message, notices: [], alternatives: outcome.alternatives))
    }

    func logSupplement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        let stored = try await Self.product(id: form["product_id"], context: person)
        let outcome = try await SupplementLogging.log(product: stored, servings: form["servings"], at: form["at"], context: person)
        return Pages.page("Logged", context: context, current: "/log",
                          body: LogPage.result(message: outcome.message, details: outcome.dayText.map { [$0] } ?? [], notices: outcome.notices))
    }

    func logSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        let outcome = try await SymptomLogging.log(key: form["symptom"], at: form["at"], note: form["note"], context: person)
        return Pages.page("Logged", context: context, current: "/log", body: LogPage.result(message: outcome.message, notices: outcome.notices))
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
