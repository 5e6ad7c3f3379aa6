import Foundation
import Hummingbird
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

extension AccountController {
    // MARK: Signing in and out

    func loginPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        if try await store.accounts({ try await $0.userCount() }) == 0 { return .redirect(to: "/setup") }
        if context.user != nil { return .redirect(to: "/") }
        return loginForm(context: context)
    }

    func loginForm(context: AppRequestContext, error: String? = nil, email: String = "", status: HTTPResponse.Status = .ok) -> Response {
        anonymousForm(
            "Sign in",
            context: context,
            body: { token in
                var html: HTML = "<h1>Sign in</h1>"
                if let error { html += "<p class=\"error\" role=\"alert\">\(error)</p>" }
                html +=
                    "<form method=\"post\" action=\"/login\">\(HTML.csrfField(token))"
                    + Pages.field("email", label: "Email", type: "email", value: email, attributes: "autocomplete=\"username\" required")
                    + Pages.field("password", label: "Password", type: "password", attributes: "autocomplete=\"current-password\" required")
                    + "<p><button type=\"submit\">Sign in</button></p></form><p><a href=\"/reset\">Forgotten your password?</a></p>"
                return html
            },
            status: status
        )
    }

    /// Signs in with email and password, within the sign-in limits (`SignInLimits`): an email with no account is
    /// limited, and takes as long, as one with an account, so neither tells whether it exists.
    func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try checkAnonymousForm(request, form)
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form["password"] ?? ""
        let found = try await store.accountsLookup { try await $0.passwordHash(email: email) }
        let knownDevice = try await knownDevice(of: found?.0.id, request: request)
        let gate = SignInGate(store: store, limits: settings.signInLimits)
        switch try await gate.claim(email: email, address: context.clientAddress ?? "unknown", device: knownDevice, now: store.clock.epochSeconds) {
        case .wait(let seconds):
            var response = loginForm(
                context: context,
                error: "After several wrong passwords, signing in from here is paused for a while to keep the account safe. "
                    + "Please try again in \(Self.waitWords(seconds)).",
                email: email,
                status: .tooManyRequests
            )
            response.headers[.retryAfter] = String(seconds)
            return response
        case .proceed(let claim):
            if found == nil { _ = try await Passwords.verifyNobody(password, cost: settings.bcryptCost) }
            guard let (user, hash) = found, try await Passwords.verify(password, hash: hash) else {
                return loginForm(context: context, error: "That email and password don't match an account here.", email: email, status: .unauthorized)
            }
            // With two-step sign-in on, the attempt counts until its code is right too.
            if try await store.accountsLookup({ try await $0.twoFactor(userID: user.id) })?.isOn == true { return try await askForCode(user) }
            try await gate.succeeded(claim, now: store.clock.epochSeconds)
            return try await signIn(user, request: request)
        }
    }

    /// The device id of the request's signed device cookie when that device signed in to `userID` before (it is then
    /// limited only by its own failures).
    func knownDevice(of userID: UserID?, request: Request) async throws -> String? {
        guard let userID, let cookie = DeviceCookie(request.cookies[DeviceCookie.name]?.value) else { return nil }
        return cookie.knows(userID, key: try await devices.key()) ? cookie.device : nil
    }

    /// "8 seconds", "1 minute", "15 minutes".
    static func waitWords(_ seconds: Int64) -> String {
        if seconds < 60 { return seconds == 1 ? "1 second" : "\(seconds) seconds" }
        let minutes = (seconds + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }

    func deviceCookie(_ cookie: DeviceCookie) -> Cookie {
        Cookie(
            name: DeviceCookie.name,
            value: cookie.value,
            maxAge: DeviceCookie.maxAge,
            path: "/",
            secure: settings.secureCookies,
            httpOnly: true,
            sameSite: .lax
        )
    }

    /// A new session for `user`, and its cookie on a redirect to `location`; the device cookie now knows the account.
    func signIn(_ user: User, request: Request, to location: String = "/") async throws -> Response {
        let sessions = Sessions(store: store, settings: settings)
        let (token, _) = try await sessions.start(user)
        var response = Response.redirect(to: location, type: .found)
        response.setCookie(sessions.cookie(token))
        let device = DeviceCookie.after(signingIn: user.id, on: DeviceCookie(request.cookies[DeviceCookie.name]?.value), key: try await devices.key())
        response.setCookie(deviceCookie(device))
        return response
    }

    func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        if let hash = context.sessionHash { try await store.accounts { try await $0.deleteSession(tokenHash: hash) } }
        var response = Response.redirect(to: "/login", type: .found)
        // The pages kept on this device for offline use go with the session.
        response.headers[.clearSiteData] = "\"cache\""
        response.setCookie(Sessions(store: store, settings: settings).cookie(""))
        return response
    }
}
