import Foundation
import Hummingbird
import TwitchlessCore
import TwitchlessStore

/// Finds who is signed in on a page: the session cookie's person and the session's CSRF token.
struct SessionAuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let sessionCookie = "twitchless_session"

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
        return try await next(request, context)
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
