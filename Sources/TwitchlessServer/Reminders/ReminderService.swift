import Foundation
import Logging
import ServiceLifecycle
import TwitchlessCore
import TwitchlessStore

/// Runs a reminder round every `interval` beside the server, until it stops.
struct ReminderService: Service {
    let dispatcher: ReminderDispatcher
    let interval: Duration

    /// Rounds until the server stops. Stopping ends the wait between rounds; a send it cuts short is kept as failed
    /// and tried again by the next server to run.
    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    await dispatcher.runOnce(now: dispatcher.store.clock.now())
                    try await Task.sleep(for: interval)
                }
            }
        } catch is CancellationError {
            return
        }
    }
}
