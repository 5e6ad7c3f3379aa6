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
        router.post("/medicines/remove", use: remove)
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
            try await MedicineList.save(
                .init(
                    name: form["name"],
                    schedule: form.given("schedule"),
                    start: form.given("start"),
                    end: form.given("end"),
                    product: form.given("product")
                ),
                context: person
            )
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
