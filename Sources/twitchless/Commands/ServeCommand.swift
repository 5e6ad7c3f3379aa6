import ArgumentParser
import Foundation
import Logging
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessServer
import TwitchlessStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app: Today, quick logging and the JSON API, in your browser.",
        discussion: """
            Starts the web server on your database and prints the address to open. The first visit asks for the \
            owner account, which keeps the log already stored on this computer; others join by an invitation link \
            from Settings. Each person sees only their own log.

            With --database postgres://user:password@host:5432/twitchless (or TWITCHLESS_DATABASE) it runs on \
            PostgreSQL instead of the SQLite file, and any number of servers can share that database: sessions, \
            sign-in limits and everything else live in it.

            Ctrl-C (or SIGTERM) stops it gracefully: requests in flight finish first.

            Reminders (set by each person in Settings) go by email when the server has a mail server: \
            --smtp-url smtp://localhost:25 for a relay on this computer, or smtps://user:password@smtp.example.org:465 \
            for a mail provider (TLS from the start), with --smtp-from for the sender's address. They go as \
            notifications to the browsers people turn them on in (Web Push, which needs HTTPS or localhost), signed \
            with a key the server keeps in the database; --push-contact says who runs the server.

            Endpoints for operators: /health (the process is up), /health/ready (the database answers), /metrics \
            (Prometheus; for this computer only, or with --metrics-token).

            Behind a reverse proxy, --trusted-proxy ADDRESS makes the sign-in limits and /metrics see the client's \
            address. Behind a login proxy (Authelia, Authentik, oauth2-proxy), add --auth-header Remote-Email: the \
            person with that email is signed in, and a request carrying the header from anywhere else is refused. Logs go to standard error; set TWITCHLESS_LOG_LEVEL=debug for every request.

            Examples:
              twitchless serve
              twitchless serve --host 0.0.0.0 --port 8080 --secure-cookies
              twitchless serve --database postgres://twitchless@db.internal:5432/twitchless
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The address to listen on: 127.0.0.1 is this computer only, 0.0.0.0 every network.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port = 8080

    @Flag(name: .customLong("secure-cookies"), help: "Mark session cookies Secure: use this when the server is reached over HTTPS.")
    var secureCookies = false

    @Option(
        name: .customLong("smtp-url"),
        help: ArgumentHelp(
            "The mail server for email reminders: smtp://host:25 for a relay, or smtps://user:password@host:465 (default $TWITCHLESS_SMTP_URL; none sends no email).",
            valueName: "url"
        )
    )
    var smtpURL: String?

    @Option(
        name: .customLong("smtp-from"),
        help: ArgumentHelp(
            "The address email reminders come from (default $TWITCHLESS_SMTP_FROM, else twitchless@ the mail server's host).",
            valueName: "address"
        )
    )
    var smtpFrom: String?

    @Option(
        name: .customLong("push-contact"),
        help: ArgumentHelp(
            "How push services can reach whoever runs this server, sent with each notification: mailto:you@example.org or an https address (default $TWITCHLESS_PUSH_CONTACT).",
            valueName: "contact"
        )
    )
    var pushContact: String?

    @Option(
        name: .customLong("push-allow"),
        help: ArgumentHelp(
            "A push service to allow although it isn't an https address on the public internet, as host:port (for testing; repeat for more).",
            valueName: "host:port"
        )
    )
    var pushAllow: [String] = []

    @Option(
        name: .customLong("metrics-token"),
        help: ArgumentHelp(
            "A token that lets a scraper on another computer read /metrics with Authorization: Bearer TOKEN (default $TWITCHLESS_METRICS_TOKEN; without one, only this computer can).",
            valueName: "token"
        )
    )
    var metricsToken: String?

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "The address of a reverse proxy in front of this server (repeat for more): from it, the client's address is read from X-Forwarded-For, for the sign-in limits and /metrics.",
            valueName: "address"
        )
    )
    var trustedProxies: [String] = []

    @Option(
        name: .customLong("auth-header"),
        help: ArgumentHelp(
            "With --trusted-proxy, sign people in from the email a login proxy (Authelia, Authentik, oauth2-proxy) puts in this header, like Remote-Email; only requests from the trusted proxy may carry it.",
            valueName: "header"
        )
    )
    var authHeader: String?

    @Option(
        name: .customLong("backup-dir"),
        help: ArgumentHelp(
            "Write whole-database backups into this folder (made 0700 if it is new): on SQLite a copy of the file, on PostgreSQL pg_dump's custom format (or, without pg_dump, each person's backup).",
            valueName: "folder"
        )
    )
    var backupDir: String?

    @Option(
        name: .customLong("backup-every"),
        help: ArgumentHelp("With --backup-dir: how often, like 1d (the default), 12h, 30m or 1w.", valueName: "interval")
    )
    var backupEvery: String?

    @Option(
        name: .customLong("keep"),
        help: ArgumentHelp("With --backup-dir: how many backups to keep, the newest (default 14).", valueName: "count")
    )
    var keep: Int?

    @Option(
        name: .customLong("cache-people"),
        help: ArgumentHelp(
            "How many people's Today page and summary the server keeps ready between their visits, until their data changes or a minute passes (about 25 KB each; 0 keeps none).",
            valueName: "count"
        )
    )
    var cachePeople = 10_000

    /// `--backup-every` as a duration: a whole number of minutes, hours, days or weeks.
    static func interval(_ text: String) -> Duration? {
        guard let unit = text.last, let count = Int64(text.dropLast()), count > 0 else { return nil }
        let seconds: Int64? =
            switch unit {
            case "m": 60
            case "h": 3600
            case "d": 86_400
            case "w": 604_800
            default: nil
            }
        return seconds.map { .seconds(count * $0) }
    }

    func validate() throws {
        if backupDir == nil, backupEvery != nil || keep != nil {
            throw ValidationError("--backup-every and --keep go with --backup-dir, the folder the backups are written to.")
        }
        if let backupEvery, Self.interval(backupEvery) == nil {
            throw ValidationError("--backup-every takes a number and a unit (m, h, d or w), like 1d or 12h, not \"\(backupEvery)\".")
        }
        if let keep, keep < 1 { throw ValidationError("--keep must be 1 or more.") }
        if cachePeople < 0 { throw ValidationError("--cache-people must be 0 (keep none) or more.") }
        for address in trustedProxies where !Self.isAddress(address) {
            throw ValidationError("--trusted-proxy takes the proxy's IP address, like 127.0.0.1 or ::1, not \"\(address)\".")
        }
        if let authHeader {
            guard !trustedProxies.isEmpty else {
                throw ValidationError("--auth-header needs --trusted-proxy: only the proxy's requests may sign people in by a header.")
            }
            guard !authHeader.isEmpty, authHeader.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw ValidationError("--auth-header takes a header name, like Remote-Email, not \"\(authHeader)\".")
            }
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        for entry in pushAllow where entry.split(separator: ":").count < 2 || Int(entry.split(separator: ":").last ?? "") == nil {
            throw ValidationError("--push-allow takes host:port, like 127.0.0.1:8099, not \"\(entry)\".")
        }
        if let contact = pushContact, !(contact.hasPrefix("mailto:") || contact.hasPrefix("https://")) {
            throw ValidationError("--push-contact takes mailto:you@example.org or an https:// address, not \"\(contact)\".")
        }
    }

    /// An IPv4 address (four numbers up to 255) or an IPv6 address (hex groups and colons).
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 { return parts.allSatisfy { UInt8($0) != nil && !$0.isEmpty } }
        return text.contains(":") && text.count <= 45 && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }

    /// The scheduled backups asked for, with their folder made if it is new.
    /// - Throws: `unavailable` when the folder can't be made or isn't a folder.
    func backups() throws(TwitchlessError) -> ServerBackups? {
        guard let backupDir else { return nil }
        let folder = URL(fileURLWithPath: (backupDir as NSString).expandingTildeInPath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw TwitchlessError(
                    .unavailable,
                    "\(folder.path) is a file, not a folder, so backups can't go there.",
                    fix: "Give a folder to --backup-dir."
                )
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw TwitchlessError(
                    .unavailable,
                    "The backup folder \(folder.path) could not be made.",
                    fix: "Check the permissions of the folder above it, or choose another.",
                    cause: error
                )
            }
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw TwitchlessError(
                .unavailable,
                "The backup folder \(folder.path) can't be written.",
                fix: "Check its permissions, or choose another."
            )
        }
        return ServerBackups(folder: folder, interval: backupEvery.flatMap(Self.interval) ?? .seconds(86_400), keep: keep ?? 14)
    }

    func run() async throws {
        try await reportingErrors {
            // The mail server is checked before the database is opened: a bad one changes nothing.
            let environment = Terminal.current.environment
            let mail = try (smtpURL ?? environment["TWITCHLESS_SMTP_URL"]).flatMap { url throws(TwitchlessError) in
                try MailSettings(url: url, from: smtpFrom ?? environment["TWITCHLESS_SMTP_FROM"])
            }
            let backups = try backups()
            let (location, isDefault) = try DatabaseLocation.resolve(flag: global.database, environment: Terminal.current.environment)
            try AppContext.checkSafetyTables(.shipped)
            let context = try await AppContext.open(location, isDefault: isDefault, workload: .server, clock: try Terminal.current.clock.get())
            let store = context.store
            if let backups {
                let again = try await Leaving.eraseAgain(store: store, backups: backups)
                if !again.isEmpty {
                    Terminal.current.out(
                        "Erased again \(again.count) \(again.count == 1 ? "person" : "people") who had deleted their account before this database was restored.\n"
                    )
                }
            }
            var logger = Logger(label: "twitchless.server")
            logger.logLevel = Terminal.current.environment["TWITCHLESS_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
            let contact = pushContact ?? environment["TWITCHLESS_PUSH_CONTACT"] ?? "mailto:twitchless@localhost"
            let settings = ServerSettings(
                host: host,
                port: port,
                secureCookies: secureCookies,
                mail: mail,
                pushAllowed: Set(pushAllow),
                pushContact: contact,
                metricsToken: metricsToken ?? environment["TWITCHLESS_METRICS_TOKEN"],
                trustedProxies: Set(trustedProxies),
                authHeader: authHeader,
                backups: backups,
                cachedPeople: cachePeople
            )
            let dataLocation = store.location.description
            let backupLine =
                settings.backups.map { backups in
                    let every = backupEvery ?? "1d"
                    return "Backups: every \(every) into \(backups.folder.path), keeping the newest \(backups.keep).\n"
                } ?? ""
            let out = Terminal.current.out
            do {
                // The store runs beside the server as a service and is closed when the server has stopped.
                try await runServer(settings, store: store, logger: logger) { address in
                    out("Twitchless is running at \(address)\nOpen it in your browser. Your data: \(dataLocation). Stop with Ctrl-C.\n\(backupLine)")
                }
            } catch {
                throw TwitchlessError(
                    .unavailable,
                    "The server could not start on \(host):\(port).",
                    fix: "Is another program using that port? Try another with --port.",
                    cause: error
                )
            }
        }
    }
}
