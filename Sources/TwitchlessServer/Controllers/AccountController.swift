import Foundation
import Hummingbird
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// The owner account on first run, signing in and out, invitations, and personal API tokens.
struct AccountController {
    static let formCookie = "twitchless_form"
    let store: TwitchlessStore
    let settings: ServerSettings
    /// The server's Web Push key, for browsers to subscribe with.
    let push: PushKeys
    /// The key device cookies are signed with.
    let devices: DeviceKeys

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/setup", use: setupPage)
        router.post("/setup", use: setup)
        router.get("/login", use: loginPage)
        router.post("/login", use: login)
        router.get("/login/code", use: codePage)
        router.post("/login/code", use: checkCode)
        router.post("/logout", use: logout)
        router.get("/join/:token", use: joinPage)
        router.post("/join/:token", use: join)
        router.get("/settings", use: settingsPage)
        router.post("/settings/invitations", use: createInvitation)
        router.post("/settings/tokens", use: createToken)
        router.post("/settings/tokens/:id/revoke", use: revokeToken)
        router.post("/settings/reminders", use: saveReminders)
        router.post("/settings/push", use: subscribe)
        router.post("/settings/push/remove", use: unsubscribe)
        router.post("/settings/password", use: changePassword)
        router.post("/settings/sessions/end", use: signOutElsewhere)
        router.post("/settings/people/:id/reset", use: createResetLink)
        router.post("/settings/people/:id/admin", use: setAdmin)
        router.post("/settings/people/:id/two-factor/off", use: turnOffTwoFactorFor)
        router.get("/settings/two-factor", use: twoFactorSetupPage)
        router.post("/settings/two-factor/start", use: startTwoFactor)
        router.post("/settings/two-factor/confirm", use: confirmTwoFactor)
        router.post("/settings/two-factor/recovery-codes", use: newRecoveryCodes)
        router.post("/settings/two-factor/off", use: turnOffTwoFactor)
        router.get("/reset", use: resetRequestPage)
        router.post("/reset", use: requestReset)
        router.get("/reset/:token", use: resetPage)
        router.post("/reset/:token", use: reset)
    }

    // MARK: Forms before signing in carry a double-submit token (a cookie and a hidden field that must match).

    func anonymousForm(_ title: String, context: AppRequestContext, body: (String) -> HTML, status: HTTPResponse.Status = .ok) -> Response {
        let token = Tokens.random()
        var response = Pages.page(title, context: context, body: body(token), status: status)
        response.setCookie(Cookie(name: Self.formCookie, value: token, path: "/", secure: settings.secureCookies, httpOnly: true, sameSite: .lax))
        return response
    }

    func checkAnonymousForm(_ request: Request, _ form: [String: String]) throws {
        guard let cookie = request.cookies[Self.formCookie]?.value, let field = form["csrf"], Tokens.constantTimeEqual(cookie, field) else {
            throw TwitchlessError(
                .forbidden,
                "This form has expired or didn't come from this site, so nothing was changed.",
                fix: "Go back, reload the page and try again."
            )
        }
    }

    private static func accountFields(email: String = "", name: String = "", passwordHint: String) -> HTML {
        Pages.field(
            "name",
            label: "Your name",
            hint: "How Twitchless greets you.",
            value: name,
            attributes: "autocomplete=\"name\" required maxlength=\"80\""
        )
            + Pages.field("email", label: "Email", type: "email", value: email, attributes: "autocomplete=\"email\" required maxlength=\"254\"")
            + Pages.field(
                "password",
                label: "Password",
                hint: passwordHint,
                type: "password",
                attributes: "autocomplete=\"new-password\" required minlength=\"\(Passwords.minimumLength)\""
            )
    }

    // MARK: First run

    func setupPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard try await store.accounts({ try await $0.userCount() }) == 0 else { return .redirect(to: "/login") }
        return setupForm(context: context)
    }

    private func setupForm(context: AppRequestContext, error: String? = nil, email: String = "", name: String = "") -> Response {
        accountForm(
            title: "Welcome",
            heading: "Welcome to Twitchless",
            intro: "First, make the owner account. It keeps the log already on this computer, if there is one. You can invite others later.",
            action: "/setup",
            passwordHint: "At least \(Passwords.minimumLength) characters. A few words you'll remember work well.",
            button: "Create the owner account",
            context: context,
            error: error,
            email: email,
            name: name
        )
    }

    /// A form that makes an account (first run, or joining by invitation), with what was typed kept after a mistake.
    private func accountForm(
        title: String,
        heading: String,
        intro: String,
        action: String,
        passwordHint: String,
        button: String,
        context: AppRequestContext,
        error: String?,
        email: String,
        name: String
    ) -> Response {
        anonymousForm(
            title,
            context: context,
            body: { token in
                var html: HTML = "<h1>\(heading)</h1><p>\(intro)</p>"
                if let error { html += "<p class=\"error\" role=\"alert\">\(error)</p>" }
                html +=
                    "<form method=\"post\" action=\"\(action)\">\(HTML.csrfField(token))"
                    + Self.accountFields(email: email, name: name, passwordHint: passwordHint)
                    + "<p><button type=\"submit\">\(button)</button></p></form>"
                return html
            },
            status: error == nil ? .ok : .unprocessableContent
        )
    }

    func setup(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try checkAnonymousForm(request, form)
        let details: (email: String, name: String, password: String)
        do {
            details = try Self.validatedAccount(form)
        } catch let error as TwitchlessError {
            return setupForm(
                context: context,
                error: error.message + (error.fix.map { " " + $0 } ?? ""),
                email: form["email"] ?? "",
                name: form["name"] ?? ""
            )
        }
        let hash = try await Passwords.hash(details.password, cost: settings.bcryptCost)
        let created = store.nowText()
        let user = try await store.accounts { accounts -> User? in
            guard try await accounts.userCount() == 0 else { return nil }
            return try await accounts.createUser(
                email: details.email,
                displayName: details.name,
                passwordHash: hash,
                adoptLocalData: true,
                createdAt: created
            )
        }
        guard let user else { return .redirect(to: "/login") }
        return try await signIn(user, request: request)
    }

    static func validatedAccount(_ form: [String: String]) throws -> (email: String, name: String, password: String) {
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 80 else { throw TwitchlessError.invalidInput("Please give your name (up to 80 characters).") }
        guard email.count <= 254, email.contains("@"), !email.hasPrefix("@"), !email.hasSuffix("@"), !email.contains(" ") else {
            throw TwitchlessError.invalidInput("\"\(email)\" doesn't look like an email address.", fix: "Please check it.")
        }
        return (email, name, try validatedPassword(form["password"] ?? "", what: "password"))
    }

    // MARK: Invitations

    func joinPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let now = store.clock.epochSeconds
        guard try await store.accounts({ try await $0.isInvitationOpen(tokenHash: Tokens.hash(token), now: now) }) else {
            throw TwitchlessError(.notFound, "This invitation link has expired or was already used.", fix: "Please ask for a new one.")
        }
        return joinForm(token: token, context: context)
    }

    private func joinForm(token: String, context: AppRequestContext, error: String? = nil, email: String = "", name: String = "") -> Response {
        accountForm(
            title: "Join",
            heading: "Join Twitchless",
            intro: "You were invited to keep your own log here. Only you can see it.",
            action: "/join/\(token)",
            passwordHint: "At least \(Passwords.minimumLength) characters.",
            button: "Create my account",
            context: context,
            error: error,
            email: email,
            name: name
        )
    }

    func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let form = try await RequestInput.form(request, context: context)
        try checkAnonymousForm(request, form)
        let details: (email: String, name: String, password: String)
        do {
            details = try Self.validatedAccount(form)
        } catch let error as TwitchlessError {
            return joinForm(token: token, context: context, error: error.message, email: form["email"] ?? "", name: form["name"] ?? "")
        }
        let hash = try await Passwords.hash(details.password, cost: settings.bcryptCost)
        let now = store.clock.epochSeconds
        let created = store.nowText()
        let tokenHash = Tokens.hash(token)
        let result = try await store.accounts { accounts -> Result<User, TwitchlessError> in
            guard try await accounts.isInvitationOpen(tokenHash: tokenHash, now: now) else {
                return .failure(TwitchlessError(.notFound, "This invitation link has expired or was already used.", fix: "Please ask for a new one."))
            }
            guard
                let user = try await accounts.createUser(
                    email: details.email,
                    displayName: details.name,
                    passwordHash: hash,
                    adoptLocalData: false,
                    createdAt: created
                )
            else {
                return .failure(
                    TwitchlessError(.conflict, "There is already an account with that email.", fix: "Sign in instead, or use another email.")
                )
            }
            guard try await accounts.useInvitation(tokenHash: tokenHash, by: user.id, at: created) else {
                throw TwitchlessError(.conflict, "This invitation was just used by someone else.", fix: "Please ask for a new one.")
            }
            return .success(user)
        }
        switch result {
        case .success(let user): return try await signIn(user, request: request)
        case .failure(let error) where error.code == .conflict:
            return joinForm(token: token, context: context, error: error.message + " " + (error.fix ?? ""), email: details.email, name: details.name)
        case .failure(let error): throw error
        }
    }

    // MARK: Settings: invitations and API tokens (the page itself: settingsResponse)

    func settingsPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { first, _ in first })
        return try await settingsResponse(
            user: user,
            context: context,
            savedAppearance: request.uri.queryParameters["appearance"] == "saved",
            savedReminders: request.uri.queryParameters["reminders"] == "saved",
            notice: AccountSection.Notice(query: query),
            twoFactorNotice: TwoFactorSection.Notice(query: query)
        )
    }

    func createInvitation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try context.checkCSRF(try await RequestInput.form(request, context: context))
        try Self.requireAdmin(user, to: "invite people")
        let token = Tokens.random()
        let expires = store.clock.epochSeconds + 7 * 86_400
        let created = store.nowText()
        try await store.accounts {
            try await $0.createInvitation(tokenHash: Tokens.hash(token), createdBy: user.id, expiresAt: expires, createdAt: created)
        }
        return try await settingsResponse(user: user, context: context, created: .invitation(link("/join/\(token)", request: request)))
    }

    func createToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        return try await FormState.submit(form, form: "token") {
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, name.count <= 80 else {
                throw TwitchlessError.invalidInput("Please give the token a name (up to 80 characters), like \"phone shortcut\".")
            }
            let token = Tokens.random()
            let created = store.nowText()
            _ = try await store.accounts {
                try await $0.createAPIToken(userID: user.id, name: name, tokenHash: Tokens.hash(token), createdAt: created)
            }
            return token
        } then: { token in
            try await settingsResponse(user: user, context: context, created: .token(token))
        } redisplay: { failed in
            try await settingsResponse(user: user, context: context, tokenFailed: failed)
        }
    }

    func revokeToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try context.checkCSRF(try await RequestInput.form(request, context: context))
        let id: APITokenID = try context.recordID()
        let revoked = store.nowText()
        guard try await store.accounts({ try await $0.revokeAPIToken(id: id, userID: user.id, at: revoked) }) else {
            throw TwitchlessError(.notFound, "There is no such token.", fix: "See your tokens in Settings.")
        }
        return .redirect(to: "/settings", type: .found)
    }

}
