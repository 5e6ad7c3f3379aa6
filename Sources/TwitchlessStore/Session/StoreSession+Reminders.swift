import Foundation
import SQLKit
public import TwitchlessCore

/// A browser's Web Push subscription: where to send, and the keys to encrypt for it (RFC 8291).
public struct PushSubscription: Sendable, Equatable {
    public var id: PushSubscriptionID
    public var endpoint: String
    /// The browser's P-256 public key and its 16-byte secret, base64url as the browser gives them.
    public var p256dh: String
    public var auth: String
    public var createdAt: String

    public init(id: PushSubscriptionID, endpoint: String, p256dh: String, auth: String, createdAt: String) {
        self.id = id
        self.endpoint = endpoint
        self.p256dh = p256dh
        self.auth = auth
        self.createdAt = createdAt
    }
}

/// One reminder's delivery to one place, as Settings shows it.
public struct ReminderSend: Sendable, Equatable {
    public var kind: ReminderKind
    public var date: LocalDate
    /// "push" or "email".
    public var channel: String
    public var target: String
    /// "sending", "sent", "failed" (tried again later) or "given_up".
    public var status: String
    public var attempts: Int
    public var lastError: String?
    public var nextAttemptAt: Int64?
    public var sentAt: Int64?
}

extension StoreSession {
    /// The person's reminders; nil when they never set any.
    public func reminderSettings() async throws -> ReminderSettings? {
        guard
            let row = try await database.raw(
                """
                SELECT check_in_at, magnesium_at, magnesium_follows_plan, trial_at, quiet_start, quiet_end, email
                FROM reminder_settings WHERE owner_id = \(bind: owner.rawValue)
                """
            ).first()
        else { return nil }
        var times: [ReminderKind: Int] = [:]
        for (kind, column) in [(ReminderKind.checkIn, "check_in_at"), (.magnesium, "magnesium_at"), (.trial, "trial_at")] {
            if let value = try row.optional(column, as: Int.self) { times[kind] = value }
        }
        return ReminderSettings(
            times: times,
            magnesiumFollowsPlan: try row.value("magnesium_follows_plan"),
            quietStart: try row.optional("quiet_start", as: Int.self),
            quietEnd: try row.optional("quiet_end", as: Int.self),
            email: try row.optional("email", as: String.self)
        )
    }

    public func saveReminderSettings(_ settings: ReminderSettings) async throws {
        try await database.insert(into: "reminder_settings")
            .columns(
                "owner_id",
                "check_in_at",
                "magnesium_at",
                "magnesium_follows_plan",
                "trial_at",
                "quiet_start",
                "quiet_end",
                "email",
                "updated_at"
            )
            .values(
                SQLBind(owner.rawValue),
                SQLBind(settings.times[.checkIn]),
                SQLBind(settings.times[.magnesium]),
                SQLBind(settings.magnesiumFollowsPlan),
                SQLBind(settings.times[.trial]),
                SQLBind(settings.quietStart),
                SQLBind(settings.quietEnd),
                SQLBind(settings.email),
                SQLBind(now())
            )
            .onConflict(with: ["owner_id"]) { conflict in
                conflict.set(excludedValueOf: "check_in_at").set(excludedValueOf: "magnesium_at")
                    .set(excludedValueOf: "magnesium_follows_plan").set(excludedValueOf: "trial_at")
                    .set(excludedValueOf: "quiet_start").set(excludedValueOf: "quiet_end").set(excludedValueOf: "email")
                    .set(excludedValueOf: "updated_at")
            }
            .run()
    }

    public func pushSubscriptions() async throws -> [PushSubscription] {
        try await database.raw(
            """
            SELECT id, endpoint, p256dh, auth, created_at FROM push_subscriptions
            WHERE owner_id = \(bind: owner.rawValue) ORDER BY created_at, id
            """
        ).all().map { row in
            PushSubscription(
                id: PushSubscriptionID(try row.value("id", as: String.self)),
                endpoint: try row.value("endpoint"),
                p256dh: try row.value("p256dh"),
                auth: try row.value("auth"),
                createdAt: try row.value("created_at")
            )
        }
    }

    /// Keeps the browser's subscription; the same endpoint again replaces its keys.
    public func savePushSubscription(endpoint: String, p256dh: String, auth: String) async throws -> PushSubscriptionID {
        let id = UUID().uuidString.lowercased()
        try await database.insert(into: "push_subscriptions").columns("id", "owner_id", "endpoint", "p256dh", "auth", "created_at")
            .values(id, owner.rawValue, endpoint, p256dh, auth, now())
            .onConflict(with: ["owner_id", "endpoint"]) { $0.set(excludedValueOf: "p256dh").set(excludedValueOf: "auth") }
            .run()
        let row = try await database.raw(
            "SELECT id FROM push_subscriptions WHERE owner_id = \(bind: owner.rawValue) AND endpoint = \(bind: endpoint)"
        ).first()
        return PushSubscriptionID(try row?.value("id", as: String.self) ?? id)
    }

    /// Forgets a subscription (the browser left, or the person turned push off); true when there was one.
    public func deletePushSubscription(endpoint: String) async throws -> Bool {
        try await !database.raw(
            "DELETE FROM push_subscriptions WHERE owner_id = \(bind: owner.rawValue) AND endpoint = \(bind: endpoint) RETURNING id"
        ).all().isEmpty
    }

    /// The person's reminder deliveries from `since` on, newest first: what Settings says about them.
    public func reminderSends(since: LocalDate) async throws -> [ReminderSend] {
        try await database.raw(
            """
            SELECT kind, local_date, channel, target, status, attempts, last_error, next_attempt_at, sent_at FROM reminder_sends
            WHERE owner_id = \(bind: owner.rawValue) AND local_date >= \(bind: since.description)
            ORDER BY local_date DESC, claimed_at DESC
            """
        ).all().compactMap { row in
            guard let kind = ReminderKind(rawValue: try row.value("kind", as: String.self)) else { return nil }
            return ReminderSend(
                kind: kind,
                date: try row.localDate("local_date"),
                channel: try row.value("channel"),
                target: try row.value("target"),
                status: try row.value("status"),
                attempts: try row.value("attempts"),
                lastError: try row.optional("last_error", as: String.self),
                nextAttemptAt: try row.optional("next_attempt_at", as: Int64.self),
                sentAt: try row.optional("sent_at", as: Int64.self)
            )
        }
    }
}
