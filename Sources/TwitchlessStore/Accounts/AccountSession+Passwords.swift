import SQLKit
public import TwitchlessCore

extension AccountSession {
    // MARK: Passwords and sessions

    public func setPasswordHash(userID: UserID, hash: String) async throws {
        try await database.update("users").set("password_hash", to: hash).where("id", .equal, userID.rawValue).run()
    }

    /// The stored bcrypt hash of the person's password.
    public func passwordHash(userID: UserID) async throws -> String? {
        try await database.raw("SELECT password_hash FROM users WHERE id = \(bind: userID.rawValue)").first()?
            .decode(column: "password_hash", as: String.self)
    }

    /// Ends the person's sessions, all but `keeping` (the one in use) when it is given.
    /// - Returns: how many ended.
    @discardableResult
    public func deleteSessions(userID: UserID, keeping: String? = nil) async throws -> Int {
        let rows = try await database.raw(
            """
            DELETE FROM sessions WHERE user_id = \(bind: userID.rawValue) AND token_hash <> \(bind: keeping ?? "") RETURNING token_hash
            """
        ).all()
        return rows.count
    }

    /// How many of the person's sessions are open at `now`, besides `besides`.
    public func otherSessionCount(userID: UserID, besides: String?, now: Int64) async throws -> Int {
        try await database.raw(
            """
            SELECT COUNT(*) AS n FROM sessions
            WHERE user_id = \(bind: userID.rawValue) AND token_hash <> \(bind: besides ?? "") AND expires_at > \(bind: now)
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    // MARK: Password resets

    public func createPasswordReset(tokenHash: String, userID: UserID, createdBy: UserID?, expiresAt: Int64, createdAt: String) async throws {
        try await database.insert(into: "password_resets").columns("token_hash", "user_id", "created_by", "expires_at", "created_at")
            .values(tokenHash, userID.rawValue, createdBy?.rawValue, expiresAt, createdAt).run()
    }

    /// The person a reset link is for, while it is unused and has not expired.
    public func openPasswordReset(tokenHash: String, now: Int64) async throws -> User? {
        try await database.raw(
            """
            SELECT u.id, u.owner_id, u.email, u.display_name, u.is_admin, u.is_owner FROM password_resets r JOIN users u ON u.id = r.user_id
            WHERE r.token_hash = \(bind: tokenHash) AND r.used_at IS NULL AND r.expires_at > \(bind: now)
            """
        ).first().map(decodeUser)
    }

    /// Uses a reset link once: the person it was for, or nil when it was used, expired or never existed. The person's
    /// other reset links stop working too.
    public func usePasswordReset(tokenHash: String, now: Int64, at: String) async throws -> User? {
        guard let user = try await openPasswordReset(tokenHash: tokenHash, now: now) else { return nil }
        try await database.raw(
            "UPDATE password_resets SET used_at = \(bind: at) WHERE user_id = \(bind: user.id.rawValue) AND used_at IS NULL"
        ).run()
        return user
    }

    // MARK: People

    /// Everyone with an account, the owner first, then by name.
    public func users() async throws -> [User] {
        try await database.raw("SELECT \(unsafeRaw: Self.userColumns), created_at FROM users ORDER BY created_at, display_name, id").all().map(
            decodeUser
        )
    }

    /// Lets the person invite others and make reset links, or stops them.
    public func setAdmin(userID: UserID, _ isAdmin: Bool) async throws {
        try await database.update("users").set("is_admin", to: isAdmin).where("id", .equal, userID.rawValue).run()
    }
}
