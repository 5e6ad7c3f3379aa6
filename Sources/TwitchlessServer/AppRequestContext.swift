public import Hummingbird
import TwitchlessStore

/// The request context: who is signed in (by session cookie or API token) and the session's CSRF token.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in person, once the authentication middleware has found them.
    var user: User?
    /// The session's CSRF token (nil for API-token requests, which carry no cookies).
    var csrfToken: String?
    /// The hash of the session token, for signing out.
    var sessionHash: String?
    var maximumBodyBytes = 1 << 20
    /// The server's cache of people's computed data (set by the authentication middleware).
    var personCache: PersonCache?

    /// The colours chosen on this device in Settings; nil follows the system's light or dark setting.
    var theme: Theme?

    /// The address the connection came from.
    var remoteAddress: String?
    /// The client's address: the connection's, or the one a trusted proxy forwarded (see `ClientAddressMiddleware`).
    var clientAddress: String?
    /// True when the connection came from a trusted reverse proxy.
    var fromTrustedProxy = false

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
        self.clientAddress = remoteAddress
    }

    public var maxUploadSize: Int { maximumBodyBytes }
}
