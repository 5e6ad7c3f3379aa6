import Foundation
import Hummingbird
import Logging
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

extension AccountController {
    /// How long a reset link works: an hour by email, a day when the owner or an admin makes it to hand over.
    static let emailedResetSeconds: Int64 = 3_600
    static let handedResetSeconds: Int64 = 86_400

    // MARK: Changing the password, and signing out elsewhere

    /// A new password, with the current one: every other session ends, and this browser gets a new one.
    func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        return try await FormState.submit([:], form: "password") { () async throws -> Void in
            let new = try Self.validatedPassword(form["new_password"] ?? "")
            try await checkPassword(
                form["current_password"] ?? "",
                of: user,
                context: context,
                paused: "After several wrong passwords, changing it from here is paused for a while.",
                wrong: .invalidInput("The current password isn't right, so the password was not changed.", fix: "Please type it again.")
            )
            let hash = try await Passwords.hash(new, cost: settings.bcryptCost)
            try await store.accounts { accounts in
                try await accounts.setPasswordHash(userID: user.id, hash: hash)
                try await accounts.deleteSessions(userID: user.id)
            }
        } then: { _ in
            try await signIn(user, request: request, to: "/settings?password=changed#account")
        } redisplay: { failed in
            try await settingsResponse(user: user, context: context, passwordFailed: failed)
        }
    }

    /// Checks the signed-in person's password before a change to their account. Guessing it from a session left open
    /// is limited like signing in.
    /// - Throws: `invalidInput` saying `paused` while the limits hold attempts back; `wrong` for a wrong password.
    func checkPassword(_ password: String, of user: User, context: AppRequestContext, paused: String, wrong: TwitchlessError) async throws {
        let gate = SignInGate(store: store, limits: settings.signInLimits)
        let now = store.clock.epochSeconds
        guard case .proceed(let claim) = try await gate.claim(email: user.email, address: context.clientAddress ?? "unknown", device: nil, now: now)
        else {
            throw TwitchlessError.invalidInput(paused, fix: "Please try again in a few minutes.")
        }
        guard let stored = try await store.accounts({ try await $0.passwordHash(userID: user.id) }),
            try await Passwords.verify(password, hash: stored)
        else { throw wrong }
        try await gate.succeeded(claim, now: now)
    }

    /// - Parameter what: how the message names it ("password", "new password").
    static func validatedPassword(_ password: String, what: String = "new password") throws -> String {
        guard password.count >= Passwords.minimumLength, password.count <= 200 else {
            throw TwitchlessError.invalidInput(
                "The \(what) needs at least \(Passwords.minimumLength) characters.",
                fix: "A few words you'll remember work well."
            )
        }
        return password
    }

    /// Ends every session of the person's but this one.
    func signOutElsewhere(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try context.checkCSRF(try await RequestInput.form(request, context: context))
        let keeping = context.sessionHash
        let ended = try await store.accounts { try await $0.deleteSessions(userID: user.id, keeping: keeping) }
        return .redirect(to: "/settings?signed_out=\(ended)#account", type: .found)
    }

    // MARK: Forgotten passwords

    func resetRequestPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        resetRequestForm(context: context)
    }

    private func resetRequestForm(context: AppRequestContext, sent: Bool = false, status: HTTPResponse.Status = .ok) -> Response {
        anonymousForm(
            "Forgotten password",
            context: context,
            body: { token in
                var html: HTML = "<h1>Forgotten password</h1>"
                guard settings.mail != nil else {
                    return html
                        + "<p>This server doesn't send email, so a reset link can't come that way.</p>"
                        + "<p>Please ask whoever runs Twitchless here: they can make a one-time reset link for you in Settings, under People.</p>"
                        + "<p><a href=\"/login\">Back to sign in</a></p>"
                }
                if sent {
                    html +=
                        "<p class=\"message\" role=\"status\">If there is an account for that email, a link to choose a new password is on its way. "
                        + "It works once, for an hour. Nothing else has changed.</p>"
                }
                return html
                    + "<p>Give your account's email, and a link to choose a new password will be sent to it.</p>"
                    + "<form method=\"post\" action=\"/reset\">\(HTML.csrfField(token))"
                    + Pages.field("email", label: "Email", type: "email", attributes: "autocomplete=\"username\" required maxlength=\"254\"")
                    + "<p><button type=\"submit\">Send a reset link</button></p></form><p><a href=\"/login\">Back to sign in</a></p>"
            },
            status: status
        )
    }

    /// Sends a reset link when the email has an account; the answer is the same either way, and comes before the mail
    /// is sent, so it tells nothing. Limited to a few a hour per address and per email.
    func requestReset(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try checkAnonymousForm(request, form)
        guard let mail = settings.mail else { return resetRequestForm(context: context) }
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let now = store.clock.epochSeconds
        let keys = ["reset:" + Tokens.hash(context.clientAddress ?? "unknown"), "reset:" + Tokens.hash(email)]
        let attempts = try await store.accounts { accounts in
            var most = 0
            for key in keys { most = max(most, try await accounts.countAttempt(key: key, now: now, windowSeconds: 3_600)) }
            return most
        }
        guard attempts <= 5 else {
            throw TwitchlessError(
                .tooManyRequests,
                "Several reset links were asked for in the last hour.",
                fix: "Please check your email, or try again in an hour."
            )
        }
        if let user = try await store.accountsLookup({ try await $0.user(email: email) }) {
            let link = try await resetLink(for: user, createdBy: nil, seconds: Self.emailedResetSeconds, request: request)
            let body = """
                Hello \(user.displayName),

                Someone (we hope you) asked to choose a new password for Twitchless. This link works once, for an hour:

                \(link)

                If it wasn't you, you can ignore this email: your password has not changed.
                """
            let mailer = SMTPMailer(settings: mail)
            let logger = context.logger
            Task {
                do {
                    try await mailer.send(to: user.email, subject: "Choose a new Twitchless password", body: body)
                } catch {
                    // The mail server's answer may name the address, so it isn't logged.
                    logger.warning("A password reset email could not be sent")
                }
            }
        }
        return resetRequestForm(context: context, sent: true)
    }

    /// A new one-time reset link for `user`.
    func resetLink(for user: User, createdBy: UserID?, seconds: Int64, request: Request) async throws -> String {
        let token = Tokens.random()
        let expires = store.clock.epochSeconds + seconds
        let created = store.nowText()
        try await store.accounts {
            try await $0.createPasswordReset(
                tokenHash: Tokens.hash(token),
                userID: user.id,
                createdBy: createdBy,
                expiresAt: expires,
                createdAt: created
            )
        }
        return link("/reset/\(token)", request: request)
    }

    /// The address of `path` on this server, as the browser reached it.
    func link(_ path: String, request: Request) -> String { Self.link(path, request: request, settings: settings) }

    static func link(_ path: String, request: Request, settings: ServerSettings) -> String {
        let host = request.head.authority ?? "\(settings.host):\(settings.port)"
        return "\(settings.secureCookies ? "https" : "http")://\(host)\(path)"
    }

    static let resetGone = TwitchlessError(
        .notFound,
        "This reset link has expired or was already used.",
        fix: "Ask for a new one from the sign-in page, or from whoever runs Twitchless here."
    )

    func resetPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let now = store.clock.epochSeconds
        guard let user = try await store.accountsLookup({ try await $0.openPasswordReset(tokenHash: Tokens.hash(token), now: now) }) else {
            throw Self.resetGone
        }
        return resetForm(token: token, user: user, context: context)
    }

    private func resetForm(token: String, user: User, context: AppRequestContext, error: String? = nil) -> Response {
        anonymousForm(
            "Choose a new password",
            context: context,
            body: { csrf in
                var html: HTML =
                    "<h1>Choose a new password</h1><p>For \(user.displayName) (\(user.email)). Every device signed in now will be signed out.</p>"
                if let error { html += "<p class=\"error\" role=\"alert\">\(error)</p>" }
                return html
                    + "<form method=\"post\" action=\"/reset/\(token)\">\(HTML.csrfField(csrf))"
                    + Pages.field(
                        "password",
                        label: "New password",
                        hint: "At least \(Passwords.minimumLength) characters. A few words you'll remember work well.",
                        type: "password",
                        attributes: "autocomplete=\"new-password\" required minlength=\"\(Passwords.minimumLength)\""
                    )
                    + "<p><button type=\"submit\">Save the new password</button></p></form>"
            },
            status: error == nil ? .ok : .unprocessableContent
        )
    }

    func reset(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let form = try await RequestInput.form(request, context: context)
        try checkAnonymousForm(request, form)
        let now = store.clock.epochSeconds
        let tokenHash = Tokens.hash(token)
        guard let user = try await store.accountsLookup({ try await $0.openPasswordReset(tokenHash: tokenHash, now: now) }) else {
            throw Self.resetGone
        }
        let password: String
        do {
            password = try Self.validatedPassword(form["password"] ?? "")
        } catch let error as TwitchlessError {
            return resetForm(token: token, user: user, context: context, error: error.message + (error.fix.map { " " + $0 } ?? ""))
        }
        let hash = try await Passwords.hash(password, cost: settings.bcryptCost)
        let at = store.nowText()
        let used = try await store.accounts { accounts -> User? in
            guard let user = try await accounts.usePasswordReset(tokenHash: tokenHash, now: now, at: at) else { return nil }
            try await accounts.setPasswordHash(userID: user.id, hash: hash)
            try await accounts.deleteSessions(userID: user.id)
            return user
        }
        guard let used else { throw Self.resetGone }
        return try await signIn(used, request: request, to: "/settings?password=reset#account")
    }

    // MARK: People (the owner and admins)

    /// A one-time reset link for someone, for an admin to hand over (for a server without email, or a person without it).
    func createResetLink(_ request: Request, context: AppRequestContext) async throws -> Response {
        let admin = try context.requireUser()
        try context.checkCSRF(try await RequestInput.form(request, context: context))
        try Self.requireAdmin(admin, to: "make reset links")
        let id: UserID = UserID(try context.parameters.require("id"))
        guard let person = try await store.accountsLookup({ try await $0.user(id: id) }) else {
            throw TwitchlessError(.notFound, "There is no such person here.", fix: "See the people in Settings.")
        }
        let link = try await resetLink(for: person, createdBy: admin.id, seconds: Self.handedResetSeconds, request: request)
        return try await settingsResponse(user: admin, context: context, created: .resetLink(name: person.displayName, link: link))
    }

    /// The owner lets someone invite others and make reset links, or stops them.
    func setAdmin(_ request: Request, context: AppRequestContext) async throws -> Response {
        let owner = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        guard owner.isOwner else {
            throw TwitchlessError(.forbidden, "Only the owner can make someone an admin.", fix: "Ask the owner of this Twitchless.")
        }
        let id = UserID(try context.parameters.require("id"))
        guard id != owner.id, try await store.accountsLookup({ try await $0.user(id: id) }) != nil else {
            throw TwitchlessError(.notFound, "There is no such person here to change.", fix: "See the people in Settings.")
        }
        let admin = form["admin"] == "yes"
        try await store.accounts { try await $0.setAdmin(userID: id, admin) }
        return .redirect(to: "/settings#people", type: .found)
    }

    static func requireAdmin(_ user: User, to action: String) throws {
        guard user.isAdmin else {
            throw TwitchlessError(
                .forbidden,
                "Only the owner, or people the owner makes admins, can \(action).",
                fix: "Ask the owner of this Twitchless."
            )
        }
    }
}
