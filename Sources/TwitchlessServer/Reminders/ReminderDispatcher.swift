import Foundation
import Logging
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// Sends what is due: each delivery is claimed in the database first, so with several servers it goes out once; a
/// failure is kept with its reason (Settings shows it) and tried again later, a few times, on the same day only.
struct ReminderDispatcher: Sendable {
    let store: TwitchlessStore
    let mail: MailSettings?
    /// The key and endpoint rules for Web Push.
    let push: PushKeys
    var policy = PushEndpointPolicy()
    /// This server, in the claims it takes.
    let serverID: String
    var logger = Logger(label: "twitchless.reminders")
    /// Tries a delivery gets before it is given up.
    static let attempts = 5

    /// The ways this server can send.
    var channels: Set<String> { mail == nil ? ["push"] : ["push", "email"] }

    /// One round: what is due now, then the retries whose time has come. Returns how many were sent.
    @discardableResult
    func runOnce(now: Date) async -> Int {
        let seconds = Int64(now.timeIntervalSince1970)
        var sent = 0
        do {
            for due in try await ReminderRound.due(store: store, now: now, channels: channels) {
                guard try await store.accounts({ try await $0.claim(due.delivery, by: serverID, now: seconds) }) else { continue }
                if await deliver(due, attempt: 1, now: now) { sent += 1 }
            }
            for delivery in try await store.accounts({ try await $0.retryableDeliveries(now: seconds) }) {
                guard let attempt = try await store.accounts({ try await $0.claimRetry(delivery, by: serverID, now: seconds) }) else { continue }
                guard let due = try await ReminderRound.retry(delivery, store: store) else {
                    try await finish(delivery, error: "The browser it was for is no longer subscribed.", retryAt: nil, now: seconds)
                    continue
                }
                if await deliver(due, attempt: attempt, now: now) { sent += 1 }
            }
        } catch {
            logger.warning("The reminder round stopped early: \(error)")
        }
        return sent
    }

    /// Sends one delivery and records how it went; true when it went.
    func deliver(_ due: ReminderRound.Due, attempt: Int, now: Date) async -> Bool {
        let seconds = Int64(now.timeIntervalSince1970)
        var failure: String?
        switch due.delivery.channel {
        case "email":
            do {
                guard let mail, let address = due.email else { throw SMTPMailer.Failure(description: "email is not set up on this server") }
                try await SMTPMailer(settings: mail).send(
                    to: address,
                    subject: due.delivery.kind.message,
                    body: Self.emailBody(due.delivery.kind),
                    date: now
                )
            } catch {
                failure = "Email could not be sent: \(error)."
            }
        default:
            guard let subscription = due.subscription, let vapid = try? await push.vapid() else {
                failure = "The notification could not be signed."
                break
            }
            switch await PushSender(vapid: vapid, policy: policy).send(due.delivery.kind, to: subscription, now: now) {
            case .sent:
                break
            case .gone:
                // The browser turned notifications off: forget it, and don't try again.
                _ = try? await store.write(due.delivery.owner) { try await $0.deletePushSubscription(endpoint: subscription.endpoint) }
                try? await finish(due.delivery, error: "The browser no longer takes notifications, so it was removed.", retryAt: nil, now: seconds)
                return false
            case .failed(let reason):
                failure = "The notification could not be sent: \(reason)."
            }
        }
        guard let failure else {
            try? await finish(due.delivery, error: nil, retryAt: nil, now: seconds)
            return true
        }
        logger.notice("A reminder was not sent (attempt \(attempt)): \(failure)")
        // Tried again after 5, 10, 20 and 40 minutes, then given up.
        let retryAt = seconds + Int64(300 << min(attempt - 1, 4))
        try? await finish(due.delivery, error: failure, retryAt: attempt < Self.attempts ? retryAt : nil, now: seconds)
        return false
    }

    func finish(_ delivery: ReminderDelivery, error: String?, retryAt: Int64?, now: Int64) async throws {
        try await store.accounts { try await $0.finish(delivery, error: error, retryAt: retryAt, now: now) }
    }

    /// The email: the reminder's words and where to turn reminders off. No health values.
    static func emailBody(_ kind: ReminderKind) -> String {
        """
        \(kind.message).

        Open Twitchless when it suits you. You get this email because you turned on this reminder in Twitchless's
        Settings; you can change its time, set quiet hours or turn it off there.
        """
    }
}
