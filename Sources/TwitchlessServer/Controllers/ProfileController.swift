import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The profile: birth, sex, pregnancy or breastfeeding, kidney disease, time zone and whose upper limit, checked as `twitchless profile` checks them.
struct ProfileController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/profile", use: page)
        router.post("/profile", use: save)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await render(person: person, context: context, message: nil, raised: [])
    }

    func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let update = ProfileUpdate(
            birth: form.given("birth"),
            sex: form.given("sex"),
            pregnancy: form.given("pregnancy"),
            kidney: form.given("kidney"),
            timeZone: form.given("time_zone"),
            upperLimit: form.given("upper_limit"),
            kidneyDoctorAgreed: form.given("kidney_doctor_agreed"),
            country: form["country"].map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "none" : $0 }
        )
        return try await FormState.submit(form, form: "profile") {
            try await update.save(context: person)
        } then: { saved in
            try await render(person: saved.0, context: context, message: "Your profile is saved.", raised: saved.raised.map { $0.notice() })
        } redisplay: { failed in
            try await render(person: person, context: context, message: nil, raised: [], failed: failed)
        }
    }

    func render(person: AppContext, context: AppRequestContext, message: String?, raised: [Notice], failed: FormState? = nil) async throws -> Response
    {
        let agreement = try await ProfileUpdate.kidneyDoctorAgreement(context: person)
        let emergency = try person.emergencyContact()
        let directory = try person.reference.emergencyDirectory()
        let body = ProfilePage.render(
            profile: person.profile,
            targets: try person.targets(on: person.today),
            notices: try ProfileUpdate.notices(context: person, raised: raised),
            zone: person.clock.name,
            kidneyAgreement: agreement,
            emergency: emergency,
            countryName: emergency.country.flatMap { directory.countries[$0] },
            directory: directory,
            csrf: context.csrfToken,
            message: message,
            failed: failed
        )
        return Pages.page("Profile", context: context, current: "/profile", body: body)
    }
}
