package import TwitchlessCore
package import TwitchlessStore

/// A browser's push subscription, kept so reminders can go to it, or forgotten.
package enum PushSubscribing {
    /// Keeps the subscription once `check` (the server's rules for endpoints and keys) accepts it.
    /// - Throws: `invalidInput` from `check`, or when a key is missing.
    package static func save(
        endpoint: String?,
        p256dh: String?,
        auth: String?,
        check: (String, String, String) throws(TwitchlessError) -> Void,
        context: AppContext
    ) async throws(TwitchlessError) -> PushSubscriptionID {
        guard let endpoint = InputText.given(endpoint), let p256dh = InputText.given(p256dh), let auth = InputText.given(auth) else {
            throw .invalidInput("The browser did not give its push address and keys.", fix: "Please turn notifications on again.")
        }
        try check(endpoint, p256dh, auth)
        return try await context.write { session in try await session.savePushSubscription(endpoint: endpoint, p256dh: p256dh, auth: auth) }
    }

    /// Forgets the subscription with this endpoint.
    /// - Throws: `notFound` when this person has none with it.
    package static func remove(endpoint: String?, context: AppContext) async throws(TwitchlessError) {
        let endpoint = InputText.given(endpoint) ?? ""
        guard try await context.write({ session in try await session.deletePushSubscription(endpoint: endpoint) }) else {
            throw .notFound("This browser isn't set up for notifications.", fix: "Nothing needs to be done.")
        }
    }
}
