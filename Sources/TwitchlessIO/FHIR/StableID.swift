/// Ids that are the same every time the same thing is exported: name-based UUIDs (RFC 9562, version 5).
///
/// The name joins the person's export key (from their database) with what the record is, such as
/// `episode/1764009600/eyelid_left/twitch`, so a re-export gives the same ids and two people's exports don't collide.
public struct StableID: Sendable {
    /// The namespace UUID of Twitchless exports (a fixed value; changing it would change every exported id).
    static let namespace: [UInt8] = [
        0x5b, 0x6e, 0x1f, 0x4a, 0x2c, 0x3d, 0x4e, 0x8f, 0x9a, 0x0b, 0x1c, 0x2d, 0x3e, 0x4f, 0x50, 0x61,
    ]

    /// Whose data this is: a text that stays the same for one database (never shown, never a name).
    public var exportKey: String

    public init(exportKey: String) { self.exportKey = exportKey }

    /// The lowercase UUID for `name` ("3f2b…-…").
    public func uuid(_ name: String) -> String {
        Self.uuidV5(namespace: Self.namespace, name: exportKey + "/" + name)
    }

    /// A name-based version 5 UUID.
    static func uuidV5(namespace: [UInt8], name: String) -> String {
        var bytes = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex[hex.index(hex.startIndex, offsetBy: range.lowerBound)..<hex.index(hex.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}
