import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// Share links: made, listed and turned off by the person on the Report page; opened by anyone with the link, who
/// sees the doctor report for its period (and can download it) and nothing else.
struct ShareController {
    static let openedCookie = "twitchless_share"
    /// Requests to share links one address may make a minute.
    static let requestsPerMinute = 60
    /// How long a right passcode lets the report open without asking again.
    static let openedSeconds = 3_600

    let store: TwitchlessStore
    let settings: ServerSettings
    let keys: DeviceKeys

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.post("/report/share", use: create)
        router.post("/report/share/:id/revoke", use: revoke)
        router.post("/report/share/:id/unlock", use: unlock)
        router.get("/s/:token", use: open)
        router.post("/s/:token", use: passcode)
        router.get("/s/:token/download", use: download)
    }

    // MARK: The person's links

    func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        let cost = settings.bcryptCost
        return try await FormState.submit(form.filter { $0.key != "passcode" }, form: "share") {
            let plan = try ShareLinks.plan(from: form["from"], to: form["to"], days: form["days"], passcode: form["passcode"], context: person)
            let token = Tokens.random()
            var passcodeHash: String?
            if let passcode = plan.passcode { passcodeHash = try await Passwords.hash(passcode, cost: cost) }
            _ = try await ShareLinks.create(plan, tokenHash: Tokens.hash(token), passcodeHash: passcodeHash, context: person)
            return token
        } then: { (token: String) in
            try await ReportController(store: store).response(
                context: context,
                share: .created(AccountController.link("/s/\(token)", request: request, settings: settings))
            )
        } redisplay: { failed in
            try await ReportController(store: store).response(context: context, share: .failed(failed))
        }
    }

    func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        try context.checkCSRF(try await RequestInput.form(request, context: context))
        try await ShareLinks.revoke(try context.recordID(), context: try await context.person(store))
        return .redirect(to: "/report#share", type: .found)
    }

    func unlock(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        try context.checkCSRF(try await RequestInput.form(request, context: context))
        try await ShareLinks.unlock(try context.recordID(), context: try await context.person(store))
        return .redirect(to: "/report#share", type: .found)
    }

    // MARK: Opening a link

    static let gone = TwitchlessError(
        .notFound,
        "This share link has expired or was turned off.",
        fix: "Please ask the person who shared it for a new link."
    )

    static let lockedByPasscodes = TwitchlessError(
        .forbidden,
        "This share link was turned off after \(ShareLink.wrongPasscodeLimit) wrong passcodes.",
        fix: "Please ask the person who shared it to turn it on again on their Report page."
    )

    /// The link for a request, once the address is within its limit; expired, revoked and unknown links alike are gone.
    private func link(_ request: Request, context: AppRequestContext) async throws -> (OpenedShareLink, token: String) {
        let now = store.clock.epochSeconds
        let key = "share:" + Tokens.hash(context.clientAddress ?? "unknown")
        let count = try await store.accounts { try await $0.countAttempt(key: key, now: now, windowSeconds: 60) }
        guard count <= Self.requestsPerMinute else {
            throw TwitchlessError(.tooManyRequests, "Too many requests from here in a short time.", fix: "Please wait a minute and try again.")
        }
        let token = try context.parameters.require("token")
        guard let found = try await store.accountsLookup({ try await $0.shareLink(tokenHash: Tokens.hash(token)) }),
            found.link.revokedAt == nil, now < found.link.expiresAt
        else { throw Self.gone }
        guard !found.link.isLockedByPasscodes else { throw Self.lockedByPasscodes }
        return (found, token)
    }

    /// The signed proof, kept in a cookie for this link only, that its passcode was given.
    private func proof(_ token: String, key: SigningKey) -> String { key.sign("share\n" + Tokens.hash(token)) }

    private func unlocked(_ request: Request, token: String) async throws -> Bool {
        guard let cookie = request.cookies[Self.openedCookie]?.value else { return false }
        return Tokens.constantTimeEqual(cookie, proof(token, key: try await keys.key()))
    }

    func open(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (found, token) = try await link(request, context: context)
        if found.passcodeHash != nil, !(try await unlocked(request, token: token)) {
            return passcodeForm(token: token, context: context)
        }
        return try await report(found, token: token, download: false)
    }

    func passcode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (found, token) = try await link(request, context: context)
        let form = try await RequestInput.form(request, context: context)
        guard let hash = found.passcodeHash else { return try await report(found, token: token, download: false) }
        guard try await Passwords.verify(form["passcode"] ?? "", hash: hash) else {
            let wrong = try await store.accounts { try await $0.recordWrongPasscode(found.link.id) }
            let left = ShareLink.wrongPasscodeLimit - wrong
            guard left > 0 else { throw Self.lockedByPasscodes }
            return passcodeForm(
                token: token,
                context: context,
                error: "That passcode isn't right. \(left == 1 ? "1 more try" : "\(left) more tries") before the link is turned off.",
                status: .unprocessableContent
            )
        }
        var response = try await report(found, token: token, download: false)
        response.setCookie(
            Cookie(
                name: Self.openedCookie,
                value: proof(token, key: try await keys.key()),
                maxAge: Self.openedSeconds,
                path: "/s/\(token)",
                secure: settings.secureCookies,
                httpOnly: true,
                sameSite: .strict
            )
        )
        return response
    }

    func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (found, token) = try await link(request, context: context)
        if found.passcodeHash != nil, !(try await unlocked(request, token: token)) { return .redirect(to: "/s/\(token)", type: .found) }
        return try await report(found, token: token, download: true)
    }

    private func passcodeForm(token: String, context: AppRequestContext, error: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var html: HTML = "<h1>A shared Twitchless report</h1><p>The person who shared this report gave it a passcode. Please type it.</p>"
        if let error { html += "<p class=\"error\" role=\"alert\">\(error)</p>" }
        html +=
            "<form method=\"post\" action=\"/s/\(token)\">"
            + Pages.field("passcode", label: "Passcode", type: "password", attributes: "inputmode=\"numeric\" autocomplete=\"off\" required")
            + "<p><button type=\"submit\">Open the report</button></p></form>"
        var response = Pages.page("Shared report", context: context, body: html, status: status)
        Self.privateLink(&response)
        return response
    }

    /// The doctor report for the link's period, as a page (with its download) or as the download, counted as opened.
    private func report(_ found: OpenedShareLink, token: String, download: Bool) async throws -> Response {
        let owner = try await AppContext.forOwner(found.owner, store: store, now: store.clock.now())
        var html = try await DoctorReportLoader.make(context: owner, period: found.link.period).html()
        let now = store.clock.epochSeconds
        try await store.accounts { try await $0.recordShareLinkOpened(found.link.id, at: now) }
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if download {
            headers[.contentDisposition] = "attachment; filename=\"twitchless-report-\(found.link.period.upperBound).html\""
        } else if let body = html.range(of: "<main>") {
            html.insert(
                contentsOf: "<p class=\"shared\"><a href=\"/s/\(token)/download\">Download this report</a> (one HTML file to keep or print).</p>",
                at: body.upperBound
            )
        }
        var response = Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
        Self.privateLink(&response)
        return response
    }

    /// The link's token is in its address: no referrer carries it on, and no search engine keeps the page.
    static func privateLink(_ response: inout Response) {
        response.headers[.referrerPolicyHeader] = "no-referrer"
        response.headers[.xRobotsTag] = "noindex, nofollow"
    }
}

extension HTTPField.Name {
    static let xRobotsTag = Self("X-Robots-Tag")!
}
