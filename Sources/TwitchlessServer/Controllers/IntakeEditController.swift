import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// A food or a supplement intake on the web: change how much and when, or delete it after asking once.
struct IntakeEditController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/foods/:id/edit", use: foodPage)
        router.post("/foods/:id", use: saveFood)
        router.get("/foods/:id/delete", use: confirmFood)
        router.post("/foods/:id/delete", use: deleteFood)
        router.get("/supplements/:id/edit", use: supplementPage)
        router.post("/supplements/:id", use: saveSupplement)
        router.get("/supplements/:id/delete", use: confirmSupplement)
        router.post("/supplements/:id/delete", use: deleteSupplement)
    }

    func foodPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return renderFood(try await IntakeEditing.food(try context.recordID(), context: person), person: person, context: context, failed: nil)
    }

    func renderFood(_ stored: StoredFoodIntake, person: AppContext, context: AppRequestContext, failed: FormState?) -> Response {
        let body = IntakePage.foodForm(stored, now: person.clock.timestamp(person.now), today: person.today, csrf: context.csrfToken, failed: failed)
        return Pages.page("Change a food", context: context, body: body)
    }

    func saveFood(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let stored = try await IntakeEditing.food(try context.recordID(), context: person)
        return try await FormState.submit(form, form: "food") {
            let amount = form.given("amount").flatMap { $0 == stored.intake.portion ? nil : $0 }
            return try await IntakeEditing.editFood(
                stored.id,
                amount: amount,
                at: try WhenField.read(form, current: stored.intake.eatenAt),
                context: person
            )
        } then: { outcome in
            .redirect(to: "/days/\(outcome.stored.intake.eatenAt.localDate)?saved=food", type: .normal)
        } redisplay: { failed in
            renderFood(stored, person: person, context: context, failed: failed)
        }
    }

    func confirmFood(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let stored = try await IntakeEditing.food(try context.recordID(), context: person)
        let food = stored.intake
        let body = IntakePage.confirmDelete(
            what: "food",
            description:
                "\(food.portion) of \(food.description) at \(food.eatenAt.clockText) \(EpisodePage.onDay(food.eatenAt.localDate, today: person.today))",
            action: "/foods/\(stored.id.rawValue)/delete",
            back: "/foods/\(stored.id.rawValue)/edit",
            csrf: context.csrfToken
        )
        return Pages.page("Delete this food?", context: context, body: body)
    }

    func deleteFood(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let stored = try await IntakeEditing.food(try context.recordID(), context: person)
        _ = try await IntakeEditing.removeFood(stored.id, context: person)
        return .redirect(to: "/days/\(stored.intake.eatenAt.localDate)?saved=deleted", type: .normal)
    }

    func supplementPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return renderSupplement(
            try await IntakeEditing.supplement(try context.recordID(), context: person),
            person: person,
            context: context,
            failed: nil
        )
    }

    func renderSupplement(_ stored: StoredSupplementIntake, person: AppContext, context: AppRequestContext, failed: FormState?) -> Response {
        let body = IntakePage.supplementForm(
            stored,
            now: person.clock.timestamp(person.now),
            today: person.today,
            csrf: context.csrfToken,
            failed: failed
        )
        return Pages.page("Change a supplement intake", context: context, body: body)
    }

    func saveSupplement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let stored = try await IntakeEditing.supplement(try context.recordID(), context: person)
        return try await FormState.submit(form, form: "supplement") {
            try await IntakeEditing.editSupplement(
                stored.id,
                servings: form.given("servings"),
                at: try WhenField.read(form, current: stored.intake.takenAt),
                context: person
            )
        } then: { outcome in
            .redirect(to: "/days/\(outcome.stored.intake.takenAt.localDate)?saved=supplement", type: .normal)
        } redisplay: { failed in
            renderSupplement(stored, person: person, context: context, failed: failed)
        }
    }

    func confirmSupplement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let stored = try await IntakeEditing.supplement(try context.recordID(), context: person)
        let intake = stored.intake
        let body = IntakePage.confirmDelete(
            what: "intake",
            description:
                "\(DecimalText.format(intake.servings)) × \(intake.productName) at \(intake.takenAt.clockText) \(EpisodePage.onDay(intake.takenAt.localDate, today: person.today))",
            action: "/supplements/\(stored.id.rawValue)/delete",
            back: "/supplements/\(stored.id.rawValue)/edit",
            csrf: context.csrfToken
        )
        return Pages.page("Delete this intake?", context: context, body: body)
    }

    func deleteSupplement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let stored = try await IntakeEditing.supplement(try context.recordID(), context: person)
        _ = try await IntakeEditing.removeSupplement(stored.id, context: person)
        return .redirect(to: "/days/\(stored.intake.takenAt.localDate)?saved=deleted", type: .normal)
    }
}
