import Hummingbird
import TwitchlessCore
import TwitchlessStore

/// Server-side sessions: made at sign-in (by password, or from a trusted login proxy's header), kept in the database
/// by the hash of their token, and their cookie.
struct Sessions {
    static let cookieName = "twitchless_session"
    let store: TwitchlessStore
    let settings: ServerSettings

    /// A new session for `user`: its token (for the cookie) and CSRF token.
    func start(_ user: User) async throws -> (token: String, csrf: String) {
        let token = Tokens.random()
        let csrf = Tokens.random()
        let expires = store.clock.epochSeconds + settings.sessionSeconds
        let created = store.nowText()
        try await store.accounts {
            try await $0.createSession(tokenHash: Tokens.hash(token), userID: user.id, csrfToken: csrf, expiresAt: expires, createdAt: created)
        }
        return (token, csrf)
    }

    /// The session cookie; an empty token removes it.
    func cookie(_ token: String) -> Cookie {
        Cookie(
            name: Self.cookieName,
            value: token,
            maxAge: token.isEmpty ? 0 : Int(settings.sessionSeconds),
            path: "/",
            secure: settings.secureCookies,
            httpOnly: true,
            sameSite: .lax
        )
    }
}
