import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Notices and red flags, with "I talked to my doctor about this".
struct NoticesController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/notices", use: page)
        router.post("/notices/:id/acknowledge", use: acknowledge)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await render(person: person, context: context, message: nil)
    }

    func acknowledge(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let flag = try await SafetyReview.acknowledge(flagID: try context.parameters.require("id"), context: person)
        let message = SafetyReview.acknowledgementMessage(flag)
        return try await render(person: person, context: context, message: message)
    }

    func render(person: AppContext, context: AppRequestContext, message: String?) async throws -> Response {
        let (notices, flags) = try await SafetyReview.review(context: person)
        return Pages.page(
            "Notices",
            context: context,
            current: "/notices",
            body: NoticesPage.render(notices, redFlags: flags, csrf: context.csrfToken, message: message)
        )
    }
}
