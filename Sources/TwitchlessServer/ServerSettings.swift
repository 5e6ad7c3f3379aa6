package import TwitchlessApp

/// How the server runs: where it listens and how it treats cookies.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// True behind TLS (or a TLS-terminating proxy): session cookies get the Secure attribute.
    public var secureCookies: Bool
    /// The largest request body accepted, in bytes.
    public var maximumBodyBytes: Int
    /// How failed sign-ins slow the attempts after them.
    public var signInLimits: SignInLimits
    /// How long a session lasts.
    public var sessionSeconds: Int64
    /// The bcrypt cost for new passwords (12 in production; tests may lower it).
    public var bcryptCost: UInt8
    /// The SMTP server for email reminders; nil sends no email.
    public var mail: MailSettings?
    /// How often reminders are looked for.
    public var reminderInterval: Duration
    /// How often stale rows (expired sessions, old counts and keys) are removed.
    public var housekeepingInterval: Duration
    /// Push endpoints taken as they are ("host:port"), for testing with a local push service.
    public var pushAllowed: Set<String>
    /// How push services can reach whoever runs the server (VAPID's subject): "mailto:…" or an https address.
    public var pushContact: String
    /// The token a metrics scraper on another computer sends (`Authorization: Bearer …`); nil: loopback only.
    public var metricsToken: String?
    /// The addresses of reverse proxies in front of the server: from them, the client's address is read from
    /// `X-Forwarded-For`, and (with `authHeader`) the person signed in from a header.
    public var trustedProxies: Set<String>
    /// The header a trusted login proxy (Authelia, Authentik, oauth2-proxy) puts the signed-in person's email in.
    public var authHeader: String?
    /// Scheduled whole-database backups, when the server's operator asked for them.
    package var backups: ServerBackups?
    /// How long a connection may wait between requests, or stall in a request's header, before it is closed; and
    /// how long a request body may arrive slower than `minimumBodyBytesPerSecond` on average.
    public var slowClientSeconds: Int64
    /// The slowest average rate, in bytes a second, at which a request body is accepted after `slowClientSeconds`.
    public var minimumBodyBytesPerSecond: Int
    /// How many people's Today page and summary are kept between requests (`PersonCache`); 0 keeps none.
    public var cachedPeople: Int

    package init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        secureCookies: Bool = false,
        maximumBodyBytes: Int = 1 << 20,
        signInLimits: SignInLimits = SignInLimits(),
        sessionSeconds: Int64 = 30 * 86_400,
        bcryptCost: UInt8 = 12,
        mail: MailSettings? = nil,
        reminderInterval: Duration = .seconds(60),
        housekeepingInterval: Duration = .seconds(600),
        pushAllowed: Set<String> = [],
        pushContact: String = "mailto:twitchless@localhost",
        metricsToken: String? = nil,
        trustedProxies: Set<String> = [],
        authHeader: String? = nil,
        backups: ServerBackups? = nil,
        slowClientSeconds: Int64 = 30,
        minimumBodyBytesPerSecond: Int = 1024,
        cachedPeople: Int = 10_000
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.maximumBodyBytes = maximumBodyBytes
        self.signInLimits = signInLimits
        self.sessionSeconds = sessionSeconds
        self.bcryptCost = bcryptCost
        self.mail = mail
        self.reminderInterval = reminderInterval
        self.housekeepingInterval = housekeepingInterval
        self.pushAllowed = pushAllowed
        self.pushContact = pushContact
        self.metricsToken = metricsToken
        self.trustedProxies = trustedProxies
        self.authHeader = authHeader
        self.backups = backups
        self.slowClientSeconds = slowClientSeconds
        self.minimumBodyBytesPerSecond = minimumBodyBytesPerSecond
        self.cachedPeople = cachedPeople
    }
}
