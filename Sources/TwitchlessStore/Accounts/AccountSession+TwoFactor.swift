import SQLKit
public import TwitchlessCore

/// A person's two-step sign-in: the authenticator secret, whether it is on, and the last time step a code was used for.
public struct TwoFactorSecret: Hashable, Sendable {
    public var secret: String
    /// When a first code turned it on; nil while it is being set up.
    public var enabledAt: String?
    /// The latest 30-second step a code was accepted for: a code for it or an earlier one is refused.
    public var lastStep: Int64

    public var isOn: Bool { enabledAt != nil }
}

/// A sign-in whose password was right, waiting for its second step.
public struct PendingSignIn: Hashable, Sendable {
    public var user: User
    public var wrongCodes: Int
}

extension AccountSession {
    // MARK: Two-step sign-in

    public func twoFactor(userID: UserID) async throws -> TwoFactorSecret? {
        guard
            let row = try await database.select().columns("secret", "enabled_at", "last_step").from("two_factor")
                .where("user_id", .equal, userID.rawValue).first()
        else { return nil }
        return TwoFactorSecret(
            secret: try row.decode(column: "secret", as: String.self),
            enabledAt: try row.decode(column: "enabled_at", as: String?.self),
            lastStep: try row.decode(column: "last_step", as: Int64.self)
        )
    }

    /// Starts setting up with a new secret, in place of a setup left unfinished.
    /// - Returns: false when two-step sign-in is already on (nothing changed).
    public func beginTwoFactor(userID: UserID, secret: String, createdAt: String) async throws -> Bool {
        if try await twoFactor(userID: userID)?.isOn == true { return false }
        try await database.delete(from: "two_factor").where("user_id", .equal, userID.rawValue).run()
        try await database.insert(into: "two_factor").columns("user_id", "secret", "last_step", "created_at")
            .values(userID.rawValue, secret, 0, createdAt).run()
        return true
    }

    /// Turns two-step sign-in on with the step of the first code, and gives the person new recovery codes.
    /// - Returns: false when there was no setup waiting, or it was already on.
    public func enableTwoFactor(userID: UserID, step: Int64, recoveryHashes: [String], at: String) async throws -> Bool {
        let turned = try await database.raw(
            """
            UPDATE two_factor SET enabled_at = \(bind: at), last_step = \(bind: step)
            WHERE user_id = \(bind: userID.rawValue) AND enabled_at IS NULL RETURNING user_id
            """
        ).all()
        guard !turned.isEmpty else { return false }
        try await replaceRecoveryCodes(userID: userID, hashes: recoveryHashes)
        return true
    }

    /// Uses a code's time step once: true when it is later than any step used before (it is then the last one).
    public func useTwoFactorStep(userID: UserID, step: Int64) async throws -> Bool {
        try await !database.raw(
            """
            UPDATE two_factor SET last_step = \(bind: step)
            WHERE user_id = \(bind: userID.rawValue) AND enabled_at IS NOT NULL AND last_step < \(bind: step) RETURNING user_id
            """
        ).all().isEmpty
    }

    /// Turns two-step sign-in off: the secret and the recovery codes are deleted.
    /// - Returns: whether it was on.
    @discardableResult
    public func disableTwoFactor(userID: UserID) async throws -> Bool {
        let was = try await twoFactor(userID: userID)?.isOn == true
        try await database.delete(from: "two_factor").where("user_id", .equal, userID.rawValue).run()
        try await database.delete(from: "recovery_codes").where("user_id", .equal, userID.rawValue).run()
        return was
    }

    /// The people here with two-step sign-in on.
    public func usersWithTwoFactor() async throws -> Set<UserID> {
        Set(
            try await database.select().column("user_id").from("two_factor").where(SQLIdentifier("enabled_at"), .isNot, SQLLiteral.null).all()
                .map { UserID(try $0.decode(column: "user_id", as: String.self)) }
        )
    }

    // MARK: Recovery codes

    public func replaceRecoveryCodes(userID: UserID, hashes: [String]) async throws {
        try await database.delete(from: "recovery_codes").where("user_id", .equal, userID.rawValue).run()
        for hash in hashes {
            try await database.insert(into: "recovery_codes").columns("user_id", "code_hash").values(userID.rawValue, hash).run()
        }
    }

    /// Uses a recovery code once: true when it was one of the person's and not used before.
    public func useRecoveryCode(userID: UserID, hash: String, at: String) async throws -> Bool {
        try await !database.raw(
            """
            UPDATE recovery_codes SET used_at = \(bind: at)
            WHERE user_id = \(bind: userID.rawValue) AND code_hash = \(bind: hash) AND used_at IS NULL RETURNING user_id
            """
        ).all().isEmpty
    }

    /// How many of the person's recovery codes are still unused.
    public func recoveryCodesLeft(userID: UserID) async throws -> Int {
        try await database.raw(
            "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = \(bind: userID.rawValue) AND used_at IS NULL"
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    // MARK: Sign-ins waiting for their second step

    public func createPendingSignIn(tokenHash: String, userID: UserID, expiresAt: Int64, createdAt: String) async throws {
        try await database.insert(into: "pending_sign_ins").columns("token_hash", "user_id", "expires_at", "created_at")
            .values(tokenHash, userID.rawValue, expiresAt, createdAt).run()
    }

    /// The sign-in waiting under `tokenHash`, while it has not expired.
    public func pendingSignIn(tokenHash: String, now: Int64) async throws -> PendingSignIn? {
        guard
            let row = try await database.raw(
                """
                SELECT u.id, u.owner_id, u.email, u.display_name, u.is_admin, u.is_owner, p.wrong_codes
                FROM pending_sign_ins p JOIN users u ON u.id = p.user_id
                WHERE p.token_hash = \(bind: tokenHash) AND p.expires_at > \(bind: now)
                """
            ).first()
        else { return nil }
        return PendingSignIn(user: try decodeUser(row), wrongCodes: try row.decode(column: "wrong_codes", as: Int.self))
    }

    /// Counts a wrong code against a waiting sign-in.
    /// - Returns: the wrong codes so far.
    public func countWrongCode(tokenHash: String) async throws -> Int {
        try await database.raw(
            "UPDATE pending_sign_ins SET wrong_codes = wrong_codes + 1 WHERE token_hash = \(bind: tokenHash) RETURNING wrong_codes"
        ).first()?.decode(column: "wrong_codes", as: Int.self) ?? 0
    }

    public func deletePendingSignIn(tokenHash: String) async throws {
        try await database.delete(from: "pending_sign_ins").where("token_hash", .equal, tokenHash).run()
    }
}
