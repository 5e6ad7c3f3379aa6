import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Medicines: list, add (name and schedule) and remove.
struct MedicinesController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/medicines", use: page)
        router.post("/medicines", use: add)
        router.get("/medicines/edit", use: editPage)
        router.post("/medicines/edit", use: edit)
        router.get("/medicines/remove", use: confirmRemove)
        router.post("/medicines/remove", use: remove)
    }

    func named(_ request: Request, context person: AppContext) async throws -> Medicine {
        try await MedicineList.medicine(named: request.uri.queryParameters["name"].map(String.init) ?? "", context: person)
    }

    func editPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let medicine = try await named(request, context: person)
        return Pages.page(
            "Change \(medicine.name)",
            context: context,
            current: "/medicines",
            body: MedicinesPage.editForm(medicine, csrf: context.csrfToken, failed: nil)
        )
    }

    func edit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let original = try await MedicineList.medicine(named: form["original"] ?? "", context: person)
        return try await FormState.submit(form, form: "medicine") {
            try await MedicineList.save(Self.request(form), replacing: original.name, context: person)
        } then: { saved in
            try await render(person: person, context: context, message: saved.message, notices: saved.notices)
        } redisplay: { failed in
            Pages.page(
                "Change \(original.name)",
                context: context,
                current: "/medicines",
                body: MedicinesPage.editForm(original, csrf: context.csrfToken, failed: failed),
                status: .unprocessableContent
            )
        }
    }

    func confirmRemove(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let medicine = try await named(request, context: person)
        return Pages.page(
            "Remove \(medicine.name)?",
            context: context,
            current: "/medicines",
            body: MedicinesPage.confirmRemove(medicine, csrf: context.csrfToken)
        )
    }

    static func request(_ form: [String: String]) -> MedicineList.Request {
        .init(
            name: form["name"],
            schedule: form.given("schedule"),
            start: form.given("start"),
            end: form.given("end"),
            product: form.given("product")
        )
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await render(person: person, context: context, message: nil, notices: [])
    }

    func add(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "medicine") {
            try await MedicineList.save(Self.request(form), context: person)
        } then: { saved in
            try await render(person: person, context: context, message: saved.message, notices: saved.notices)
        } redisplay: { failed in
            try await render(person: person, context: context, message: nil, notices: [], failed: failed)
        }
    }

    func remove(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let message = try await MedicineList.remove(name: form["name"] ?? "", context: person)
        return try await render(person: person, context: context, message: message, notices: [])
    }

    func render(
        person: AppContext,
        context: AppRequestContext,
        message: String?,
        notices: [Notice],
        failed: FormState? = nil
    ) async throws -> Response {
        let entries = try await MedicineList.list(context: person).map { entry in
            MedicinesPage.Entry(medicine: entry.medicine, isInEffect: entry.isInEffect, window: entry.window, isKnown: entry.isKnown)
        }
        return Pages.page(
            "Medicines",
            context: context,
            current: "/medicines",
            body: MedicinesPage.render(entries, csrf: context.csrfToken, message: message, notices: notices, failed: failed)
        )
    }
}
