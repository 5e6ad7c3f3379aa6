import Logging
import ServiceLifecycle
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// Writes a whole-database backup whenever one is due (`serve --backup-dir`), beside the server and never in a
/// request's way, until the server stops. The log says where each went and how many people it holds; never what.
struct BackupService: Service {
    let store: TwitchlessStore
    let backups: ServerBackups
    let logger: Logger

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    let wait = backups.wait(now: store.clock.now())
                    if wait == .zero {
                        // After a failure, wait a while (at most the interval) rather than try again at once.
                        if await runOnce() == nil { try await Task.sleep(for: min(backups.interval, .seconds(600))) }
                    } else {
                        try await Task.sleep(for: min(wait, .seconds(3600)))
                    }
                }
            }
        } catch is CancellationError {
            return
        }
    }

    /// One backup; a failure is logged and left for the next round.
    @discardableResult
    func runOnce() async -> ServerBackups.Written? {
        do {
            let written = try await backups.write(store, now: store.clock.now())
            logger.info(
                "Backup written and checked",
                metadata: ["path": "\(written.path)", "people": "\(written.people)", "pruned": "\(written.pruned.count)"]
            )
            return written
        } catch {
            logger.error("Backup failed; the next round tries again", metadata: ["reason": "\(error.message)"])
            return nil
        }
    }
}
