import Logging
import ServiceLifecycle
import TwitchlessCore
import TwitchlessStore

/// Removes stale rows (expired sessions, old sign-in counts and rate-limit windows, old idempotency keys, expired
/// invitations and reset links) every `interval` beside the server, until it stops. Several servers on one database
/// may do it at once: each row goes once, whichever removes it.
struct HousekeepingService: Service {
    let store: TwitchlessStore
    let interval: Duration
    let signInWindowSeconds: Int64
    let logger: Logger

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    await runOnce()
                    try await Task.sleep(for: interval)
                }
            }
        } catch is CancellationError {
            return
        }
    }

    /// One round; a failure (the database briefly away) waits for the next.
    @discardableResult
    func runOnce() async -> StaleRows? {
        let now = store.clock.epochSeconds
        let window = signInWindowSeconds
        do {
            let removed = try await store.accounts { try await $0.removeStale(now: now, signInWindowSeconds: window) }
            if removed.total > 0 { logger.debug("Removed stale rows", metadata: ["rows": "\(removed.total)"]) }
            return removed
        } catch {
            logger.warning("Stale rows could not be removed this time; the next round tries again")
            return nil
        }
    }
}
