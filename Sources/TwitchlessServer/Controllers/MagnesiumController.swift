import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Magnesium: today's schedule around medicines, products, and the forms.
struct MagnesiumController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/magnesium", use: page)
        router.post("/magnesium/products", use: addProduct)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await render(person: person, context: context, added: nil)
    }

    func addProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "product") {
            try await ProductBuilder.add(
                .init(
                    name: form["name"] ?? "",
                    elemental: form["elemental"],
                    compound: form["compound"],
                    form: form["form"],
                    hydrationUnknown: form["hydration_unknown"] == "yes",
                    unit: form["unit"],
                    kind: form["kind"]
                ),
                context: person
            )
        } then: { saved in
            let added = MagnesiumPage.Added(name: saved.stored.product.name, lines: saved.explanation, notices: saved.notices)
            return try await render(person: person, context: context, added: added)
        } redisplay: { failed in
            try await render(person: person, context: context, added: nil, failed: failed)
        }
    }

    func render(person: AppContext, context: AppRequestContext, added: MagnesiumPage.Added?, failed: FormState? = nil) async throws -> Response {
        let schedule = try await MagnesiumSchedulePlanner.plan(context: person, on: person.today)
        let products = try await ProductList.list(context: person)
        let body = MagnesiumPage.render(
            schedule: schedule,
            day: person.today,
            products: products,
            forms: try person.reference.formCatalog().forms,
            csrf: context.csrfToken,
            added: added,
            failed: failed
        )
        return Pages.page("Magnesium", context: context, current: "/magnesium", body: body)
    }
}
