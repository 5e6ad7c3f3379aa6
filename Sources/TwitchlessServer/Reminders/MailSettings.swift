import Foundation
public import TwitchlessCore

/// Where email reminders go out: an SMTP server from `--smtp-url` (or `TWITCHLESS_SMTP_URL`), as
/// `smtp://host:25` (plain, for a relay on this computer or network) or `smtps://user:password@host:465` (TLS from
/// the first byte), and the sender's address.
public struct MailSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var usesTLS: Bool
    public var username: String?
    public var password: String?
    /// The From address.
    public var from: String

    public init(host: String, port: Int, usesTLS: Bool, username: String?, password: String?, from: String) {
        self.host = host
        self.port = port
        self.usesTLS = usesTLS
        self.username = username
        self.password = password
        self.from = from
    }

    /// Reads an SMTP URL.
    /// - Throws: `invalidInput` for a URL that is not `smtp://` or `smtps://` with a host, or a From address that is
    ///   not one.
    public init(url text: String, from: String?) throws(TwitchlessError) {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), ["smtp", "smtps"].contains(scheme),
            let host = url.host, !host.isEmpty
        else {
            throw .invalidInput(
                "\"\(Self.redacted(text))\" is not an SMTP address.",
                fix: "Use smtp://host:25 for a relay, or smtps://user:password@host:465 for a mail provider."
            )
        }
        self.host = host
        self.usesTLS = scheme == "smtps"
        self.port = url.port ?? (usesTLS ? 465 : 25)
        self.username = url.percentEncodedUser.flatMap { $0.removingPercentEncoding }
        self.password = url.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        let sender = from ?? "twitchless@\(host)"
        guard sender.contains("@"), !sender.contains(where: { $0 == "\r" || $0 == "\n" }) else {
            throw .invalidInput("\"\(sender)\" is not an address to send from.", fix: "Use an address like reminders@example.org.")
        }
        self.from = sender
        if username != nil, !usesTLS, !["localhost", "127.0.0.1", "::1"].contains(host) {
            throw .invalidInput(
                "The SMTP password would cross the network unencrypted.",
                fix: "Use smtps:// (port 465) for a server elsewhere, or a relay on this computer."
            )
        }
    }

    /// The URL with its password hidden, for messages and logs.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "…"
        return url.string ?? text
    }
}
