import Foundation
import TwitchlessReference
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// The profile: birth, sex, pregnancy or breastfeeding, kidney disease, time zone and whose upper limit, checked as `twitchless profile` checks them.
struct ProfileController {
    let store: TwitchlessStore

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/profile", use: page)
        router.post("/profile", use: save)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await TodayController.personContext(context, store: store)
        return try await render(person: person, context: context, message: nil, raised: [])
    }

    func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        func given(_ key: String) -> String? { form[key].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        let update = ProfileUpdate(birth: given("birth"), sex: given("sex"), pregnancy: given("pregnancy"), kidney: given("kidney"),
                                   timeZone: given("time_zone"), upperLimit: given("upper_limit"), kidneyDoctorAgreed: given("kidney_doctor_agreed"),
                                   country: form["country"].map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "none" : $0 })
        return try await FormState.submit(form, form: "profile") {
            try await update.save(context: person)
        } then: { saved in
            try await render(person: saved.0, context: context, message: "Your profile is saved.", raised: saved.raised.map { $0.notice() })
        } redisplay: { failed in
            try await render(person: person, context: context, message: nil, raised: [], failed: failed)
        }
    }

    /// The profile's notices: kidney and life-stage notices, with any red flags a change raised, most urgent first.
    static func notices(person: AppContext, raised: [Notice]) throws -> [Notice] {
        let book = try person.reference.noticeBook()
        var notices = try person.targets(on: person.today).noticeIDs.compactMap { book.notice($0) }
        if let kidney = book.kidneyNotice(for: person.profile.kidneyDisease) { notices.append(kidney) }
        return (raised + notices).sortedByUrgency()
    }

    func render(person: AppContext, context: AppRequestContext, message: String?, raised: [Notice], failed: FormState? = nil) async throws -> Response {
        let agreement = try await person.read { try await $0.kidneyDoctorAgreement() }
        let emergency = try person.emergencyContact()
        let directory = try person.reference.emergencyDirectory()
        let body = ProfilePage.render(profile: person.profile, targets: try person.targets(on: person.today),
                                      notices: try Self.notices(person: person, raised: raised), zone: person.clock.name,
                                      kidneyAgreement: agreement, emergency: emergency, countryName: emergency.country.map(directory.name(of:)),
                                      csrf: context.csrfToken, message: message, failed: failed)
        return Pages.page("Profile", context: context, current: "/profile", body: body)
    }
}
