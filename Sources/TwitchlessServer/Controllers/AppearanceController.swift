import Foundation
import Hummingbird
import TwitchlessCore

/// Light or dark colours on this device, or the system's choice: kept in a cookie, so it needs no account data.
struct AppearanceController {
    let settings: ServerSettings

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.post("/settings/appearance", use: save)
    }

    func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let choice = form["theme"] ?? ""
        let theme = Theme(rawValue: choice)
        guard theme != nil || choice == "system" else {
            throw TwitchlessError.invalidInput(
                "\"\(choice)\" is not a choice of colours.",
                fix: "Please choose light, dark or the same as this device."
            )
        }
        var response = Response.redirect(to: "/settings?appearance=saved#appearance", type: .found)
        response.setCookie(
            Cookie(
                name: Theme.cookie,
                value: theme?.rawValue ?? "",
                maxAge: theme == nil ? 0 : 400 * 86_400,
                path: "/",
                secure: settings.secureCookies,
                httpOnly: true,
                sameSite: .lax
            )
        )
        return response
    }
}
