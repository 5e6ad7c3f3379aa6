import SQLKit

/// What one round of removing stale rows removed, by table.
public struct StaleRows: Hashable, Sendable {
    public var sessions = 0
    public var signInFailures = 0
    public var rateLimits = 0
    public var idempotencyKeys = 0
    public var invitations = 0
    public var passwordResets = 0
    public var pendingSignIns = 0

    public init(
        sessions: Int = 0,
        signInFailures: Int = 0,
        rateLimits: Int = 0,
        idempotencyKeys: Int = 0,
        invitations: Int = 0,
        passwordResets: Int = 0,
        pendingSignIns: Int = 0
    ) {
        self.sessions = sessions
        self.signInFailures = signInFailures
        self.rateLimits = rateLimits
        self.idempotencyKeys = idempotencyKeys
        self.invitations = invitations
        self.passwordResets = passwordResets
        self.pendingSignIns = pendingSignIns
    }

    public var total: Int { sessions + signInFailures + rateLimits + idempotencyKeys + invitations + passwordResets + pendingSignIns }
}

extension AccountSession {
    /// How long an answer to a request with an `Idempotency-Key` is kept: a device that was offline for weeks can still
    /// send what it kept, and get the first answer instead of a second entry.
    public static let idempotencyKeySeconds: Int64 = 30 * 86_400

    /// Removes rows nothing reads any more: expired sessions, sign-in counts an hour after their last failure (they
    /// would start again anyway), rate-limit windows over a day old, idempotency keys past their 30 days, and
    /// invitations and reset links that expired unused, and sign-ins that waited too long for their second step.
    public func removeStale(now: Int64, signInWindowSeconds: Int64) async throws -> StaleRows {
        func count(_ sql: SQLQueryString) async throws -> Int {
            try await database.raw(sql).all().count
        }
        var removed = StaleRows()
        removed.sessions = try await count("DELETE FROM sessions WHERE expires_at <= \(bind: now) RETURNING token_hash")
        removed.signInFailures = try await count(
            "DELETE FROM sign_in_failures WHERE last_at <= \(bind: now - signInWindowSeconds) RETURNING key"
        )
        removed.rateLimits = try await count("DELETE FROM rate_limits WHERE window_start <= \(bind: now - 86_400) RETURNING key")
        removed.idempotencyKeys = try await count(
            "DELETE FROM idempotency_keys WHERE created_at <= \(bind: now - Self.idempotencyKeySeconds) RETURNING key"
        )
        removed.invitations = try await count(
            "DELETE FROM invitations WHERE expires_at <= \(bind: now) AND used_at IS NULL RETURNING token_hash"
        )
        removed.passwordResets = try await count(
            "DELETE FROM password_resets WHERE expires_at <= \(bind: now) OR used_at IS NOT NULL RETURNING token_hash"
        )
        removed.pendingSignIns = try await count("DELETE FROM pending_sign_ins WHERE expires_at <= \(bind: now) RETURNING token_hash")
        return removed
    }
}
