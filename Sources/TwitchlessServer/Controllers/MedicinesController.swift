import Foundation
import TwitchlessReference
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// Medicines: list, add (name and schedule) and remove.
struct MedicinesController {
    let store: TwitchlessStore

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/medicines", use: page)
        router.post("/medicines", use: add)
        router.post("/medicines/remove", use: remove)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await TodayController.personContext(context, store: store)
        return try await render(person: person, context: context, message: nil, notices: [])
    }

    func add(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        return try await FormState.submit(form, form: "medicine") {
            try await Self.save(name: form["name"], schedule: form["schedule"], start: form["start"], end: form["end"], product: form["product"], context: person)
        } then: { saved in
            try await render(person: person, context: context, message: "Saved \(saved.0.name), \(saved.0.schedule.description).", notices: saved.1)
        } redisplay: { failed in
            try await render(person: person, context: context, message: nil, notices: [], failed: failed)
        }
    }

    func remove(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        let name = form["name"] ?? ""
        try await Self.delete(name: name, context: person)
        return try await render(person: person, context: context, message: "Removed \(name).", notices: [])
    }

    /// Saves a medicine as `medicine add` does; returns it with the advice and any red flags it raised.
    static func save(name: String?, schedule: String?, start: String?, end: String?, product: String?,
                     context person: AppContext) async throws -> (Medicine, [Notice]) {
        func given(_ text: String?) -> String? { text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        guard let schedule = given(schedule) else {
            throw TwitchlessError.invalidInput("Please say when you take it.", fix: "Like 07:00, or 08:00,20:00, or weekly monday 06:30.")
        }
        let (medicine, match) = try MedicineEntry.make(name: name ?? "", schedule: schedule, start: given(start), end: given(end),
                                                       product: given(product), context: person)
        let before = try await SafetyReview.activeRedFlags(context: person)
        try await person.write { try await $0.saveMedicine(medicine) }
        let raised = try await SafetyReview.newFlags(before: before, context: person).map { $0.notice() }
        let matcher = try person.reference.medicineMatcher()
        let advice = try MedicineEntry.recognitionNotices(match, name: medicine.name, context: person)
            + (match.isKnown ? MedicineNotices(matcher: matcher).adviceNotices([medicine], today: max(person.today, medicine.startDate ?? person.today)) : [])
        return (medicine, (raised + advice).sortedByUrgency())
    }

    /// Removes the person's medicine with this name.
    /// - Throws: `notFound` when they have none by that name (someone else's never counts).
    static func delete(name: String, context person: AppContext) async throws {
        guard !name.isEmpty, try await person.write({ try await $0.deleteMedicine(named: name) }) else {
            throw TwitchlessError.notFound("You don't have a medicine called \"\(name)\".", fix: "See your medicines on the Medicines page.")
        }
    }

    func render(person: AppContext, context: AppRequestContext, message: String?, notices: [Notice], failed: FormState? = nil) async throws -> Response {
        let medicines = try await person.read { try await $0.medicines() }
        let matcher = try person.reference.medicineMatcher()
        let entries = medicines.map { medicine in
            let match = matcher.match(medicine.name, chosen: medicine.chosenRule)
            return MedicinesPage.Entry(medicine: medicine, isInEffect: medicine.isInEffect(on: person.today),
                                       window: TimingWindow(rules: match.rules), isKnown: match.isKnown)
        }
        return Pages.page("Medicines", context: context, current: "/medicines",
                          body: MedicinesPage.render(entries, csrf: context.csrfToken, message: message, notices: notices, failed: failed))
    }
}
