import Crypto
import Foundation
import TwitchlessStore

/// The cookie a browser gets when it signs in: a random device id and, for each account (up to 5) that signed in on
/// it, a signature over the account and the device. A device with a valid signature for an account is slowed only
/// by its own failed sign-ins, never by a stranger's.
struct DeviceCookie: Hashable, Sendable {
    static let name = "twitchless_device"
    static let mostAccounts = 5
    /// 400 days: the longest a browser keeps a cookie.
    static let maxAge = 400 * 86_400

    var device: String
    var signatures: [String]

    /// The cookie a browser sent, if it is well formed.
    init?(_ value: String?) {
        guard let value, value.count <= 400 else { return nil }
        let parts = value.split(separator: "~").map(String.init)
        guard let device = parts.first, device.count == 43, parts.count <= Self.mostAccounts + 1 else { return nil }
        self.device = device
        self.signatures = Array(parts.dropFirst())
    }

    init(device: String, signatures: [String]) {
        self.device = device
        self.signatures = signatures
    }

    var value: String { ([device] + signatures).joined(separator: "~") }

    static func signature(user: UserID, device: String, key: SigningKey) -> String {
        key.sign("\(user.rawValue)\n\(device)")
    }

    /// True when the account signed in on this device before.
    func knows(_ user: UserID, key: SigningKey) -> Bool {
        let expected = Self.signature(user: user, device: device, key: key)
        return signatures.reduce(false) { found, signature in Tokens.constantTimeEqual(signature, expected) || found }
    }

    /// The cookie after `user` signed in: a new device id when there was none, and the account's signature first.
    static func after(signingIn user: UserID, on cookie: DeviceCookie?, key: SigningKey) -> DeviceCookie {
        let device = cookie?.device ?? Tokens.random()
        let signature = signature(user: user, device: device, key: key)
        let others = (cookie?.signatures ?? []).filter { $0 != signature }
        return DeviceCookie(device: device, signatures: Array(([signature] + others).prefix(mostAccounts)))
    }
}

/// A key cookies are signed with (`device_cookie_key` for device cookies, `share_cookie_key` for opened share links),
/// made by the first server to need it and shared by all on one database.
actor DeviceKeys {
    let store: TwitchlessStore
    let name: String
    private var loaded: SigningKey?

    init(store: TwitchlessStore, name: String = "device_cookie_key") {
        self.store = store
        self.name = name
    }

    func key() async throws -> SigningKey {
        if let loaded { return loaded }
        let stored = try await store.accounts { try await $0.serverKey(name, make: Tokens.random) }
        let key = SigningKey(bytes: Array(SHA256.hash(data: Array(stored.utf8))))
        loaded = key
        return key
    }
}

/// A key for HMAC signatures, as bytes (which can cross actors).
struct SigningKey: Hashable, Sendable {
    var bytes: [UInt8]

    var symmetric: SymmetricKey { SymmetricKey(data: bytes) }

    /// The HMAC-SHA256 of `text`, as URL-safe base64 without padding.
    func sign(_ text: String) -> String {
        Base64URL.encode(Data(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: symmetric)))
    }

    /// 32 bytes from the system's secure generator.
    static func random() -> SigningKey { SigningKey(bytes: Tokens.randomBytes()) }
}
