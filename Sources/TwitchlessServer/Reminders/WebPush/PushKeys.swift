import Foundation
import TwitchlessStore

/// The server's VAPID key, read from the database (made there by the first server to need it, so every server on
/// one database signs with the same key) and kept once read.
actor PushKeys {
    let store: TwitchlessStore
    let contact: String
    private var loaded: VAPID?

    init(store: TwitchlessStore, contact: String) {
        self.store = store
        self.contact = contact
    }

    func vapid() async throws -> VAPID {
        if let loaded { return loaded }
        let stored = try await store.accounts { try await $0.serverKey("vapid_private_key", make: VAPID.newKey) }
        let vapid = try VAPID(stored: stored, subject: contact)
        loaded = vapid
        return vapid
    }
}
