import Crypto
import Foundation

/// Voluntary Application Server Identification (RFC 8292): the server's own P-256 key signs a short-lived JWT for
/// each push service, so push services know the sender and browsers accept pushes only from this server's key.
struct VAPID: Sendable {
    /// The private key's 32 raw bytes.
    let raw: Data
    var key: P256.Signing.PrivateKey { (try? P256.Signing.PrivateKey(rawRepresentation: raw)) ?? P256.Signing.PrivateKey() }
    /// How the push service can reach whoever runs the server: "mailto:…" or an https address.
    let subject: String

    /// The public key browsers subscribe with (65 bytes, base64url).
    var publicKey: String { Base64URL.encode(key.publicKey.x963Representation) }

    /// The key stored as base64url of its 32 raw bytes.
    init(stored: String, subject: String) throws {
        guard let raw = Base64URL.decode(stored) else { throw WebPushEncryption.BadKey() }
        _ = try P256.Signing.PrivateKey(rawRepresentation: raw)
        self.raw = raw
        self.subject = subject
    }

    /// A new key, as stored.
    static func newKey() -> String { Base64URL.encode(P256.Signing.PrivateKey().rawRepresentation) }

    /// The Authorization header for a push to `endpoint`: `vapid t=JWT, k=public key`, the JWT valid for 12 hours.
    func authorization(for endpoint: URL, now: Date) throws -> String {
        guard let scheme = endpoint.scheme, let host = endpoint.host else { throw WebPushEncryption.BadKey() }
        let audience = "\(scheme)://\(host)" + (endpoint.port.map { ":\($0)" } ?? "")
        let header = Base64URL.encode(Data(#"{"typ":"JWT","alg":"ES256"}"#.utf8))
        let claims: [String: Any] = ["aud": audience, "exp": Int(now.timeIntervalSince1970) + 12 * 3600, "sub": subject]
        let payload = Base64URL.encode(try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys]))
        let input = Data("\(header).\(payload)".utf8)
        let signature = try key.signature(for: input).rawRepresentation
        return "vapid t=\(header).\(payload).\(Base64URL.encode(signature)), k=\(publicKey)"
    }
}
