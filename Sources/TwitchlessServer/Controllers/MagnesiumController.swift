import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// Magnesium: today's schedule around medicines, products, and the forms.
struct MagnesiumController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/magnesium", use: page)
        router.post("/magnesium/products", use: addProduct)
        router.get("/products/:id/edit", use: editPage)
        router.post("/products/:id", use: saveProduct)
        router.get("/products/:id/delete", use: confirmDelete)
        router.post("/products/:id/delete", use: deleteProduct)
    }

    static func request(_ form: [String: String]) -> ProductBuilder.Request {
        .init(
            name: form["name"] ?? "",
            elemental: form["elemental"],
            compound: form["compound"],
            form: form["form"],
            hydrationUnknown: form["hydration_unknown"] == "yes",
            unit: form["unit"],
            kind: form["kind"]
        )
    }

    func editPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let stored = try await ProductList.product(.id(try context.parameters.require("id")), context: person)
        return try renderEdit(stored, person: person, context: context, failed: nil)
    }

    func renderEdit(_ stored: StoreSession.StoredProduct, person: AppContext, context: AppRequestContext, failed: FormState?) throws -> Response {
        let body = MagnesiumPage.editForm(stored, forms: try person.reference.formCatalog().forms, csrf: context.csrfToken, failed: failed)
        return Pages.page("Change \(stored.product.name)", context: context, current: "/magnesium", body: body)
    }

    func saveProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let stored = try await ProductList.product(.id(try context.parameters.require("id")), context: person)
        return try await FormState.submit(form, form: "product") {
            try await ProductEditing.edit(stored.id, Self.request(form), context: person)
        } then: { edited in
            let added = MagnesiumPage.Added(heading: "\(edited.message)", lines: edited.explanation, notices: [])
            return try await render(person: person, context: context, added: added)
        } redisplay: { failed in
            try renderEdit(stored, person: person, context: context, failed: failed)
        }
    }

    func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let found = try await ProductEditing.consequences(ProductID(typed: try context.parameters.require("id")), context: person)
        return Pages.page(
            "Delete \(found.product.product.name)?",
            context: context,
            current: "/magnesium",
            body: MagnesiumPage.confirmDelete(found, csrf: context.csrfToken)
        )
    }

    func deleteProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let message = try await ProductEditing.remove(ProductID(typed: try context.parameters.require("id")), context: person)
        return try await render(person: person, context: context, added: nil, message: message)
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
            try await ProductBuilder.add(Self.request(form), context: person)
        } then: { saved in
            let added = MagnesiumPage.Added(heading: "Added \"\(saved.stored.product.name)\".", lines: saved.explanation, notices: saved.notices)
            return try await render(person: person, context: context, added: added)
        } redisplay: { failed in
            try await render(person: person, context: context, added: nil, failed: failed)
        }
    }

    func render(
        person: AppContext,
        context: AppRequestContext,
        added: MagnesiumPage.Added?,
        message: String? = nil,
        failed: FormState? = nil
    ) async throws -> Response {
        let schedule = try await MagnesiumSchedulePlanner.plan(context: person, on: person.today)
        let products = try await ProductList.list(context: person)
        let body = MagnesiumPage.render(
            schedule: schedule,
            day: person.today,
            products: products,
            forms: try person.reference.formCatalog().forms,
            csrf: context.csrfToken,
            added: added,
            message: message,
            failed: failed
        )
        return Pages.page("Magnesium", context: context, current: "/magnesium", body: body)
    }
}
