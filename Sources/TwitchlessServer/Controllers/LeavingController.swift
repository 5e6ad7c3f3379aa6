import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// Deleting one's account, the owner removing someone, handing the server on and erasing it (`Leaving`).
struct LeavingController {
    let store: TwitchlessStore
    let settings: ServerSettings

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.post("/settings/account/delete", use: deleteAccount)
        router.post("/settings/people/:id/remove", use: removePerson)
        router.post("/settings/owner", use: handOver)
        router.post("/settings/erase", use: eraseEverything)
        router.get("/goodbye", use: goodbye)
    }

    func deleteAccount(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        try await Leaving.deleteAccount(user, confirmation: form["confirm"] ?? "", store: store, backups: settings.backups)
        return signedOut(to: "/goodbye")
    }

    func removePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let owner = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let id = UserID(try context.parameters.require("id"))
        _ = try await Leaving.removePerson(id, by: owner, confirmation: form["confirm"] ?? "", store: store, backups: settings.backups)
        return .redirect(to: "/settings?removed=1#people", type: .found)
    }

    func handOver(_ request: Request, context: AppRequestContext) async throws -> Response {
        let owner = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        _ = try await Leaving.handOver(to: UserID(form["to"] ?? ""), by: owner, store: store)
        return .redirect(to: "/settings?owner=handed#leave", type: .found)
    }

    func eraseEverything(_ request: Request, context: AppRequestContext) async throws -> Response {
        let owner = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        _ = try await Leaving.eraseEverything(by: owner, confirmation: form["confirm"] ?? "", store: store, backups: settings.backups)
        return signedOut(to: "/setup")
    }

    func goodbye(_ request: Request, context: AppRequestContext) async throws -> Response {
        Pages.page(
            "Account deleted",
            context: context,
            body:
                "<h1>Your account was deleted</h1><p class=\"message\" role=\"status\">Your account and everything you logged were erased from this server. \(Leaving.backupWords(settings.backups))</p><p>Take care.</p>"
        )
    }

    /// A redirect that also forgets the session cookie and the pages kept on this device.
    private func signedOut(to path: String) -> Response {
        var response = Response.redirect(to: path, type: .found)
        response.headers[.clearSiteData] = "\"cache\""
        response.setCookie(Sessions(store: store, settings: settings).cookie(""))
        return response
    }
}
