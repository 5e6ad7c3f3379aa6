import Foundation
import SQLKit
public import TwitchlessCore

/// One reminder to one place on one day: the key of its claim.
public struct ReminderDelivery: Sendable, Hashable {
    public var owner: OwnerID
    public var kind: ReminderKind
    public var date: LocalDate
    /// "push" or "email".
    public var channel: String
    /// The push subscription's id, or the email address.
    public var target: String

    public init(owner: OwnerID, kind: ReminderKind, date: LocalDate, channel: String, target: String) {
        self.owner = owner
        self.kind = kind
        self.date = date
        self.channel = channel
        self.target = target
    }
}

/// The reminder ledger, across people: who has reminders, and the claim rows that make each go out once, whatever the
/// number of servers sharing the database.
extension AccountSession {
    /// A claim is taken over when its server has not finished it in this long (it stopped mid-send).
    public static let staleClaimSeconds: Int64 = 600

    /// Everyone with at least one reminder on.
    public func ownersWithReminders() async throws -> [OwnerID] {
        try await database.raw(
            """
            SELECT owner_id FROM reminder_settings
            WHERE check_in_at IS NOT NULL OR magnesium_at IS NOT NULL OR magnesium_follows_plan OR trial_at IS NOT NULL
            ORDER BY owner_id
            """
        ).all().map { OwnerID(try $0.value("owner_id", as: String.self)) }
    }

    /// Takes the delivery for this server: true for exactly one caller, the first (the row's primary key decides).
    public func claim(_ delivery: ReminderDelivery, by server: String, now: Int64) async throws -> Bool {
        try await !database.raw(
            """
            INSERT INTO reminder_sends (owner_id, kind, local_date, channel, target, status, attempts, claimed_at, claimed_by)
            VALUES (\(bind: delivery.owner.rawValue), \(bind: delivery.kind.rawValue), \(bind: delivery.date.description),
                    \(bind: delivery.channel), \(bind: delivery.target), 'sending', 1, \(bind: now), \(bind: server))
            ON CONFLICT (owner_id, kind, local_date, channel, target) DO NOTHING
            RETURNING attempts
            """
        ).all().isEmpty
    }

    /// Failed deliveries whose next try has come, and claims left unfinished by a server that stopped.
    public func retryableDeliveries(now: Int64) async throws -> [ReminderDelivery] {
        try await database.raw(
            """
            SELECT owner_id, kind, local_date, channel, target FROM reminder_sends
            WHERE (status = 'failed' AND next_attempt_at <= \(bind: now))
               OR (status = 'sending' AND claimed_at < \(bind: now - Self.staleClaimSeconds))
            ORDER BY claimed_at
            """
        ).all().compactMap { row in
            guard let kind = ReminderKind(rawValue: try row.value("kind", as: String.self)) else { return nil }
            return ReminderDelivery(
                owner: OwnerID(try row.value("owner_id", as: String.self)),
                kind: kind,
                date: try row.localDate("local_date"),
                channel: try row.value("channel"),
                target: try row.value("target")
            )
        }
    }

    /// Takes a retry for this server; returns its attempt number, or nil when another server took it first.
    public func claimRetry(_ delivery: ReminderDelivery, by server: String, now: Int64) async throws -> Int? {
        try await database.raw(
            """
            UPDATE reminder_sends SET status = 'sending', attempts = attempts + 1, claimed_at = \(bind: now), claimed_by = \(bind: server)
            WHERE owner_id = \(bind: delivery.owner.rawValue) AND kind = \(bind: delivery.kind.rawValue)
              AND local_date = \(bind: delivery.date.description) AND channel = \(bind: delivery.channel) AND target = \(bind: delivery.target)
              AND ((status = 'failed' AND next_attempt_at <= \(bind: now))
                   OR (status = 'sending' AND claimed_at < \(bind: now - Self.staleClaimSeconds)))
            RETURNING attempts
            """
        ).first()?.decode(column: "attempts", as: Int.self)
    }

    /// Records how the delivery went: sent; failed, to be tried again at `retryAt`; or given up (no `retryAt`).
    public func finish(_ delivery: ReminderDelivery, error: String?, retryAt: Int64?, now: Int64) async throws {
        let status = error == nil ? "sent" : retryAt == nil ? "given_up" : "failed"
        try await database.raw(
            """
            UPDATE reminder_sends SET status = \(bind: status), last_error = \(bind: error), next_attempt_at = \(bind: retryAt),
                   sent_at = \(bind: error == nil ? now : nil)
            WHERE owner_id = \(bind: delivery.owner.rawValue) AND kind = \(bind: delivery.kind.rawValue)
              AND local_date = \(bind: delivery.date.description) AND channel = \(bind: delivery.channel) AND target = \(bind: delivery.target)
            """
        ).run()
    }

    /// The server's own key called `name`: the one stored, or `make()`'s, stored now. Every server sharing the database
    /// gets the same one, whichever made it first.
    public func serverKey(_ name: String, make: () -> String) async throws -> String {
        if let stored = try await database.raw("SELECT value FROM server_keys WHERE name = \(bind: name)").first() {
            return try stored.decode(column: "value", as: String.self)
        }
        try await database.raw(
            """
            INSERT INTO server_keys (name, value, created_at) VALUES (\(bind: name), \(bind: make()), \(bind: TwitchlessStore.timestampText(clock.now())))
            ON CONFLICT (name) DO NOTHING
            """
        ).run()
        return try await database.raw("SELECT value FROM server_keys WHERE name = \(bind: name)").first()?.decode(column: "value", as: String.self)
            ?? ""
    }
}
