import Foundation
import HTTPTypes
import Hummingbird
import TwitchlessCore
import TwitchlessStore

/// Finds who is signed in on a page: the session cookie's person and the session's CSRF token.
struct SessionAuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let sessionCookie = Sessions.cookieName

    let store: TwitchlessStore
    let settings: ServerSettings
    let cache: PersonCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.maximumBodyBytes = settings.maximumBodyBytes
        context.personCache = cache
        context.theme = request.cookies[Theme.cookie].flatMap { Theme(rawValue: $0.value) }
        if let cookie = request.cookies[Self.sessionCookie] {
            let hash = Tokens.hash(cookie.value)
            let now = store.clock.epochSeconds
            if let found = try await store.accountsLookup({ try await $0.session(tokenHash: hash, now: now) }) {
                context.user = found.0
                context.csrfToken = found.csrf
                context.sessionHash = hash
            }
        }
        if let header = settings.authHeader.flatMap({ HTTPField.Name($0) }), let email = request.headers[header] {
            return try await signInFromProxy(email: email, header: header, request: request, context: context, next: next)
        }
        return try await next(request, context)
    }

    /// A request from a trusted login proxy names the signed-in person by email: that person's session goes on, or a
    /// new one starts (its cookie set on the answer). The header from anywhere else is refused; an email with no
    /// account may only join by invitation (or make the owner account on first run).
    private func signInFromProxy(
        email: String,
        header: HTTPField.Name,
        request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard context.fromTrustedProxy else {
            throw TwitchlessError(
                .forbidden,
                "This request carries the sign-in header \(header.canonicalName) but didn't come through the trusted proxy, so it was refused.",
                fix: "Open Twitchless through its login proxy."
            )
        }
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        if context.user?.email == email { return try await next(request, context) }
        guard let user = try await store.accountsLookup({ try await $0.user(email: email) }) else {
            let path = request.uri.path
            if path.hasPrefix("/join/") || path == "/setup" || path == "/login" {
                var context = context
                context.user = nil
                context.csrfToken = nil
                context.sessionHash = nil
                return try await next(request, context)
            }
            throw TwitchlessError(
                .forbidden,
                "You are signed in as \(email), but there is no Twitchless account for that email here.",
                fix: "Ask whoever runs Twitchless for an invitation link, and join with this email."
            )
        }
        let sessions = Sessions(store: store, settings: settings)
        let (token, csrf) = try await sessions.start(user)
        var context = context
        context.user =
            try await store.accountsLookup { try await $0.session(tokenHash: Tokens.hash(token), now: store.clock.epochSeconds) }?.0 ?? user
        context.csrfToken = csrf
        context.sessionHash = Tokens.hash(token)
        var response = try await next(request, context)
        response.setCookie(sessions.cookie(token))
        return response
    }
}

/// Finds who is calling the API: the person an API token (`Authorization: Bearer …`) belongs to. API requests carry
/// no cookies, so a session never signs one in.
struct TokenAuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let store: TwitchlessStore
    let settings: ServerSettings
    let cache: PersonCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.maximumBodyBytes = settings.maximumBodyBytes
        context.personCache = cache
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer "), !header.dropFirst(7).trimmingCharacters(in: .whitespaces).isEmpty else {
                throw TwitchlessError(
                    .unauthorized,
                    "The Authorization header should be \"Bearer\" followed by an API token.",
                    fix: "Create a token in Settings, then send: Authorization: Bearer YOUR_TOKEN"
                )
            }
            let hash = Tokens.hash(header.dropFirst(7).trimmingCharacters(in: .whitespaces))
            guard let user = try await store.accountsLookup({ try await $0.user(apiTokenHash: hash) }) else {
                throw TwitchlessError(
                    .unauthorized,
                    "This API token is not valid: it may have been revoked.",
                    fix: "Create a new token in Settings, API tokens."
                )
            }
            context.user = user
        }
        return try await next(request, context)
    }
}

extension AppRequestContext {
    /// The signed-in person, or `unauthorized`.
    func requireUser() throws -> User {
        guard let user else {
            throw TwitchlessError(.unauthorized, "Please sign in first.", fix: "Send an API token: Authorization: Bearer YOUR_TOKEN")
        }
        return user
    }

    /// Checks a form's CSRF token against the session's.
    func checkCSRF(_ form: [String: String]) throws {
        guard let expected = csrfToken, let given = form["csrf"], Tokens.constantTimeEqual(expected, given) else {
            throw TwitchlessError(
                .forbidden,
                "This form has expired or didn't come from this site, so nothing was changed.",
                fix: "Go back, reload the page and try again."
            )
        }
    }
}
