import Foundation
import Hummingbird
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

extension AccountController {
    static let pendingCookie = "twitchless_pending"

    // MARK: The sign-in's second step

    /// After a right password, for a person with two-step sign-in on: the sign-in waits (a few minutes, under a token
    /// in a cookie) for its code. The attempt stays counted in the sign-in limits until the code is right too.
    func askForCode(_ user: User) async throws -> Response {
        let token = Tokens.random()
        let expires = store.clock.epochSeconds + TwoFactor.pendingSeconds
        let created = store.nowText()
        try await store.accounts {
            try await $0.createPendingSignIn(tokenHash: Tokens.hash(token), userID: user.id, expiresAt: expires, createdAt: created)
        }
        var response = Response.redirect(to: "/login/code", type: .found)
        response.setCookie(pendingCookie(token, maxAge: Int(TwoFactor.pendingSeconds)))
        return response
    }

    private func pendingCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: Self.pendingCookie, value: value, maxAge: maxAge, path: "/login", secure: settings.secureCookies, httpOnly: true, sameSite: .lax)
    }

    private func pending(_ request: Request) async throws -> (hash: String, PendingSignIn)? {
        guard let token = request.cookies[Self.pendingCookie]?.value, !token.isEmpty else { return nil }
        let hash = Tokens.hash(token)
        let now = store.clock.epochSeconds
        return try await store.accountsLookup { try await $0.pendingSignIn(tokenHash: hash, now: now) }.map { (hash, $0) }
    }

    func codePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.user != nil { return .redirect(to: "/") }
        guard try await pending(request) != nil else { return .redirect(to: "/login") }
        return codeForm(context: context)
    }

    private func codeForm(context: AppRequestContext, error: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        anonymousForm("Sign in", context: context, body: { TwoFactorSection.signInStep(csrf: $0, error: error) }, status: status)
    }

    /// Checks the code (or a recovery code) of a waiting sign-in: right, the person is signed in; wrong, it is counted,
    /// and after a few the sign-in must start again from the password. A code works once.
    func checkCode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try checkAnonymousForm(request, form)
        guard let (hash, waiting) = try await pending(request) else {
            var response = loginForm(
                context: context,
                error: "That sign-in waited too long for its code, so it has to start again. Please give your email and password.",
                status: .unauthorized
            )
            response.setCookie(pendingCookie("", maxAge: 0))
            return response
        }
        let user = waiting.user
        let knownDevice = try await knownDevice(of: user.id, request: request)
        let gate = SignInGate(store: store, limits: settings.signInLimits)
        let now = store.clock.epochSeconds
        guard
            case .proceed(let claim) = try await gate.claim(
                email: user.email,
                address: context.clientAddress ?? "unknown",
                device: knownDevice,
                now: now
            )
        else {
            return codeForm(
                context: context,
                error:
                    "After several wrong tries, signing in from here is paused for a while to keep the account safe. Please try again in a few minutes.",
                status: .tooManyRequests
            )
        }
        let typed = form["code"] ?? ""
        let used = store.nowText()
        let outcome = try await store.accounts { accounts -> CodeOutcome in
            guard let secret = try await accounts.twoFactor(userID: user.id), secret.isOn else { return .right(recoveryLeft: nil) }
            if let code = TwoFactor.typedCode(typed) {
                let steps = TwoFactor.steps(matching: code, secret: secret.secret, now: now)
                guard let step = steps.first else { return .wrong }
                return try await accounts.useTwoFactorStep(userID: user.id, step: step) ? .right(recoveryLeft: nil) : .alreadyUsed
            }
            guard try await accounts.useRecoveryCode(userID: user.id, hash: TwoFactor.hash(recoveryCode: typed), at: used) else { return .wrong }
            return .right(recoveryLeft: try await accounts.recoveryCodesLeft(userID: user.id))
        }
        switch outcome {
        case .right(let left):
            try await store.accounts { try await $0.deletePendingSignIn(tokenHash: hash) }
            // Both attempts, the password's and the code's, signed in.
            try await gate.succeeded(claim, now: now)
            try await gate.succeeded(claim, now: now)
            var response = try await signIn(user, request: request, to: left.map { "/settings?recovery_left=\($0)#two-factor" } ?? "/")
            response.setCookie(pendingCookie("", maxAge: 0))
            return response
        case .alreadyUsed:
            return codeForm(
                context: context,
                error: "That code was already used to sign in. Please wait for the next code from your app, and type that one.",
                status: .unauthorized
            )
        case .wrong:
            let wrong = try await store.accounts { try await $0.countWrongCode(tokenHash: hash) }
            guard wrong < TwoFactor.wrongCodesAllowed else {
                try await store.accounts { try await $0.deletePendingSignIn(tokenHash: hash) }
                var response = loginForm(
                    context: context,
                    error: "That was several wrong codes, so this sign-in has to start again. Please give your email and password, then a new code.",
                    email: user.email,
                    status: .unauthorized
                )
                response.setCookie(pendingCookie("", maxAge: 0))
                return response
            }
            return codeForm(
                context: context,
                error:
                    "That code isn't right. Please type the 6-digit code your app shows now (check the phone's time is set automatically), or a recovery code.",
                status: .unauthorized
            )
        }
    }

    private enum CodeOutcome {
        case right(recoveryLeft: Int?)
        case wrong
        case alreadyUsed
    }

    // MARK: Settings

    /// Where the person's two-step sign-in stands, for Settings.
    func twoFactorStatus(_ user: User) async throws -> TwoFactorSection.Status {
        try await store.accountsLookup { accounts in
            guard let secret = try await accounts.twoFactor(userID: user.id) else { return .off }
            guard let since = secret.enabledAt else { return .settingUp }
            return .on(since: String(since.prefix(10)), recoveryCodesLeft: try await accounts.recoveryCodesLeft(userID: user.id))
        }
    }

    /// A two-step form of Settings that needs the password: checks it, then does `work`; a wrong password, or `work`
    /// refusing, shows Settings again with the form's error.
    private func withPassword<Saved>(
        _ request: Request,
        context: AppRequestContext,
        form name: String,
        _ work: (User) async throws -> Saved,
        then answer: (Saved) async throws -> Response
    ) async throws -> Response {
        let user = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        return try await FormState.submit([:], form: name) { () async throws -> Saved in
            try await checkPassword(
                form["password"] ?? "",
                of: user,
                context: context,
                paused: "After several wrong passwords, this is paused for a while.",
                wrong: .invalidInput("That password isn't right, so nothing was changed.", fix: "Please type your password again.")
            )
            return try await work(user)
        } then: { saved in
            try await answer(saved)
        } redisplay: { failed in
            try await settingsResponse(user: user, context: context, twoFactorFailed: failed)
        }
    }

    /// Starts setting up with a new secret (the password first), and shows the setup page.
    func startTwoFactor(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await withPassword(request, context: context, form: "two-factor-start") { user in
            let created = store.nowText()
            let secret = TwoFactor.newSecret()
            guard try await store.accounts({ try await $0.beginTwoFactor(userID: user.id, secret: secret, createdAt: created) }) else {
                throw TwitchlessError(.conflict, "Two-step sign-in is already on.", fix: "To use another phone, turn it off and set it up again.")
            }
        } then: { _ in
            .redirect(to: "/settings/two-factor", type: .found)
        }
    }

    func twoFactorSetupPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        return try await setupResponse(user, context: context, failed: nil)
    }

    private func setupResponse(_ user: User, context: AppRequestContext, failed: FormState?) async throws -> Response {
        guard let secret = try await store.accountsLookup({ try await $0.twoFactor(userID: user.id) }), !secret.isOn else {
            return .redirect(to: "/settings#two-factor", type: .found)
        }
        return Pages.page(
            "Set up two-step sign-in",
            context: context,
            current: "/settings",
            body: TwoFactorSection.setup(
                url: TwoFactor.authenticatorURL(secret: secret.secret, email: user.email),
                key: TwoFactor.typedKey(secret: secret.secret),
                csrf: context.csrfToken,
                failed: failed
            )
        )
    }

    /// Turns two-step sign-in on with a first code from the app, and shows the recovery codes once.
    func confirmTwoFactor(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let now = store.clock.epochSeconds
        let at = store.nowText()
        return try await FormState.submit([:], form: "two-factor-confirm") { () async throws -> [String] in
            guard let secret = try await store.accountsLookup({ try await $0.twoFactor(userID: user.id) }), !secret.isOn else {
                throw TwitchlessError(.conflict, "Two-step sign-in is already on, or its setup was not started.", fix: "See it in Settings.")
            }
            guard let code = TwoFactor.typedCode(form["code"] ?? ""),
                let step = TwoFactor.steps(matching: code, secret: secret.secret, now: now).first
            else {
                throw TwitchlessError.invalidInput(
                    "That code doesn't match, so two-step sign-in is still off.",
                    fix: "Type the 6 digits the app shows now for Twitchless. If it keeps failing, check the phone's time is set automatically."
                )
            }
            let codes = TwoFactor.newRecoveryCodes()
            let hashes = codes.map { TwoFactor.hash(recoveryCode: $0) }
            guard try await store.accounts({ try await $0.enableTwoFactor(userID: user.id, step: step, recoveryHashes: hashes, at: at) }) else {
                throw TwitchlessError(.conflict, "Two-step sign-in is already on.", fix: "See it in Settings.")
            }
            return codes
        } then: { codes in
            Pages.page("Your recovery codes", context: context, current: "/settings", body: TwoFactorSection.recoveryCodes(codes, turnedOn: true))
        } redisplay: { failed in
            try await setupResponse(user, context: context, failed: failed)
        }
    }

    /// New recovery codes in place of the old ones (the password first).
    func newRecoveryCodes(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await withPassword(request, context: context, form: "two-factor-codes") { user in
            let codes = TwoFactor.newRecoveryCodes()
            let hashes = codes.map { TwoFactor.hash(recoveryCode: $0) }
            try await store.accounts { accounts in
                guard try await accounts.twoFactor(userID: user.id)?.isOn == true else {
                    throw TwitchlessError(.conflict, "Two-step sign-in is off, so there are no recovery codes to make.", fix: "Set it up first.")
                }
                try await accounts.replaceRecoveryCodes(userID: user.id, hashes: hashes)
            }
            return codes
        } then: { codes in
            Pages.page("Your recovery codes", context: context, current: "/settings", body: TwoFactorSection.recoveryCodes(codes, turnedOn: false))
        }
    }

    /// Turns the person's own two-step sign-in off (the password first).
    func turnOffTwoFactor(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await withPassword(request, context: context, form: "two-factor-off") { user in
            try await store.accounts { try await $0.disableTwoFactor(userID: user.id) }
        } then: { _ in
            .redirect(to: "/settings?two_factor=off#two-factor", type: .found)
        }
    }

    /// The owner or an admin turns off someone's two-step sign-in, when they lost both their phone and their recovery
    /// codes (with a reset link, they can then get back in).
    func turnOffTwoFactorFor(_ request: Request, context: AppRequestContext) async throws -> Response {
        let admin = try context.requireUser()
        try context.checkCSRF(try await RequestInput.form(request, context: context))
        try Self.requireAdmin(admin, to: "turn off someone's two-step sign-in")
        let id = UserID(try context.parameters.require("id"))
        guard id != admin.id, let person = try await store.accountsLookup({ try await $0.user(id: id) }) else {
            throw TwitchlessError(.notFound, "There is no such person here to change.", fix: "See the people in Settings.")
        }
        try await store.accounts { try await $0.disableTwoFactor(userID: person.id) }
        return .redirect(to: "/settings#people", type: .found)
    }
}
