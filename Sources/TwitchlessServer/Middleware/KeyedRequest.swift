import Hummingbird
import TwitchlessCore
import TwitchlessStore

/// A request sent with an `Idempotency-Key`: done exactly once, however often it is retried, and whatever crashes.
///
/// The key's check, the request's own writes and its answer are one joined transaction: a crash before it commits
/// leaves nothing (a retry does the work), and once it has committed a retry gets the stored answer. A request that
/// arrives while another with its key is being handled is told so (409) on PostgreSQL, and waits for its answer on
/// SQLite (one writer at a time). The same key with a different request is refused (409).
enum KeyedRequest {
    /// An answer that is given but not stored (not a success): the transaction is rolled back and the key stays free.
    struct NotStored: Error {
        let response: IdempotentResponse
    }

    /// Does `work` once for `key`, or gives the answer stored for it.
    static func run(
        store: TwitchlessStore,
        owner: OwnerID,
        key: String,
        requestHash: String,
        _ work: @escaping @Sendable () async throws -> (status: Int, body: String)
    ) async throws -> IdempotentResponse {
        let now = store.clock.epochSeconds
        do {
            return try await store.writeJoined(owner) { session in
                guard try await session.lockIdempotencyKey(key) else {
                    throw TwitchlessError(
                        .conflict,
                        "A request with this Idempotency-Key is being handled now.",
                        fix: "Please wait a moment and send it again: you will get its answer."
                    )
                }
                if let earlier = try await session.idempotentResponse(key: key) {
                    guard earlier.requestHash == requestHash else {
                        throw TwitchlessError(
                            .conflict,
                            "This Idempotency-Key was already used for a different request.",
                            fix: "Use a new key for a new request."
                        )
                    }
                    return earlier
                }
                let (status, body) = try await work()
                let response = IdempotentResponse(requestHash: requestHash, status: status, body: body)
                // A success is a 2xx answer, or a page's redirect to where the change shows.
                guard (200..<400).contains(status) else {
                    throw TwitchlessError(.internalFailure, "Not stored.", cause: NotStored(response: response))
                }
                try await session.saveIdempotentResponse(key: key, response, at: now)
                return response
            }
        } catch {
            guard let notStored = error.cause as? NotStored else { throw error }
            return notStored.response
        }
    }
}
