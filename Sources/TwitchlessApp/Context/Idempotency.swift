import TwitchlessCore
package import TwitchlessStore

/// A request sent with an idempotency key: its first answer is stored in the same transaction as its write, so a
/// retry gets that answer again instead of acting twice, and a crash loses both or neither.
package struct Idempotency<Outcome: Sendable>: Sendable {
    package var key: String
    /// A hash of the request, so the same key sent with a different request is refused.
    package var requestHash: String
    /// When the answer was stored (seconds since 1970), for pruning old keys.
    package var now: Int64
    /// The answer a surface gives for an outcome: its status and body.
    package var render: @Sendable (Outcome) throws -> IdempotentResponse

    package init(key: String, requestHash: String, now: Int64, render: @escaping @Sendable (Outcome) throws -> IdempotentResponse) {
        self.key = key
        self.requestHash = requestHash
        self.now = now
        self.render = render
    }

    /// Runs `perform` in `session` unless the key was used before: then the stored answer, or `conflict` when the
    /// key came with another request.
    package func answer(in session: StoreSession, _ perform: @Sendable (StoreSession) async throws -> Outcome) async throws -> IdempotentResponse {
        if let earlier = try await session.idempotentResponse(key: key) {
            guard earlier.requestHash == requestHash else {
                throw TwitchlessError(.conflict, "This Idempotency-Key was already used for a different request.", fix: "Use a new key for a new request.")
            }
            return earlier
        }
        let response = try render(try await perform(session))
        try await session.saveIdempotentResponse(key: key, response, at: now)
        return response
    }
}
