import Foundation
import SQLKit
public import TwitchlessCore

/// A person with an account on the web app. Their data lives under `owner`.
public struct User: Hashable, Sendable {
    public var id: UserID
    public var owner: OwnerID
    public var email: String
    public var displayName: String
    public var isAdmin: Bool
    /// The owner of this server: the first account, until they hand it to someone else.
    public var isOwner: Bool = false
    /// The owner's data version when the person was looked up (it rises with every write to their data).
    public var dataVersion: Int64 = 0
    /// The owner's profile, read in the same statement as the person by the session and token lookups (the default
    /// profile when none is saved); nil when the lookup didn't read it.
    public var profile: Profile?
}

/// Queries about accounts, sessions, invitations, tokens and limits: not scoped to one owner.
public struct AccountSession: Sendable {
    let database: any SQLDatabase
    /// The store's clock.
    public let clock: WallClock

    func newID() -> String { UUID().uuidString.lowercased() }

    /// How many accounts exist (0 before the owner account is made).
    public func userCount() async throws -> Int {
        try await database.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Creates an account. The first one adopts the data the CLI stored as the local owner.
    /// - Returns: nil when the email is already taken.
    public func createUser(email: String, displayName: String, passwordHash: String, adoptLocalData: Bool, createdAt: String) async throws -> User? {
        if try await user(email: email) != nil { return nil }
        let owner = adoptLocalData ? OwnerID.local : OwnerID(newID())
        if !adoptLocalData {
            try await database.insert(into: "owners").columns("id", "created_at").values(owner.rawValue, createdAt).run()
        }
        // The first account owns the server.
        let user = User(id: UserID(newID()), owner: owner, email: email, displayName: displayName, isAdmin: adoptLocalData, isOwner: adoptLocalData)
        try await database.insert(into: "users")
            .columns("id", "owner_id", "email", "display_name", "password_hash", "is_admin", "is_owner", "created_at")
            .values(user.id.rawValue, owner.rawValue, email, displayName, passwordHash, user.isAdmin, user.isOwner, createdAt)
            .run()
        return user
    }

    static let userColumns = "id, owner_id, email, display_name, is_admin, is_owner"

    func decodeUser(_ row: any SQLRow) throws -> User {
        var user = User(
            id: UserID(try row.decode(column: "id", as: String.self)),
            owner: OwnerID(try row.decode(column: "owner_id", as: String.self)),
            email: try row.decode(column: "email", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            isAdmin: try row.decode(column: "is_admin", as: Bool.self),
            isOwner: try row.decode(column: "is_owner", as: Bool.self)
        )
        if row.contains(column: "data_version") { user.dataVersion = try row.decode(column: "data_version", as: Int64.self) }
        if row.contains(column: "profile_owner") {
            user.profile = try row.decodeNil(column: "profile_owner") ? Profile() : try StoreSession.decodeProfile(row)
        }
        return user
    }

    public func user(email: String) async throws -> User? {
        try await database.raw("SELECT \(unsafeRaw: Self.userColumns) FROM users WHERE email = \(bind: email)").first().map(decodeUser)
    }

    public func user(id: UserID) async throws -> User? {
        try await database.raw("SELECT \(unsafeRaw: Self.userColumns) FROM users WHERE id = \(bind: id.rawValue)").first().map(decodeUser)
    }

    /// The stored bcrypt hash of a person's password.
    public func passwordHash(email: String) async throws -> (User, String)? {
        guard let row = try await database.raw("SELECT \(unsafeRaw: Self.userColumns), password_hash FROM users WHERE email = \(bind: email)").first()
        else { return nil }
        return (try decodeUser(row), try row.decode(column: "password_hash", as: String.self))
    }

    // MARK: Sessions

    public func createSession(tokenHash: String, userID: UserID, csrfToken: String, expiresAt: Int64, createdAt: String) async throws {
        try await database.insert(into: "sessions").columns("token_hash", "user_id", "csrf_token", "expires_at", "created_at")
            .values(tokenHash, userID.rawValue, csrfToken, expiresAt, createdAt).run()
    }

    /// The person and CSRF token of a session that has not expired at `now`.
    public func session(tokenHash: String, now: Int64) async throws -> (User, csrf: String)? {
        guard let row = try await SessionLookup.rows([.text(tokenHash), .integer(now)], on: database).first else { return nil }
        return (try decodeUser(row), try row.decode(column: "csrf_token", as: String.self))
    }

    public func deleteSession(tokenHash: String) async throws {
        try await database.delete(from: "sessions").where("token_hash", .equal, tokenHash).run()
    }

    // MARK: Invitations

    public func createInvitation(tokenHash: String, createdBy: UserID, expiresAt: Int64, createdAt: String) async throws {
        try await database.insert(into: "invitations").columns("token_hash", "created_by", "expires_at", "created_at")
            .values(tokenHash, createdBy.rawValue, expiresAt, createdAt).run()
    }

    /// True when the invitation exists, is unused and has not expired.
    public func isInvitationOpen(tokenHash: String, now: Int64) async throws -> Bool {
        try await database.raw(
            """
            SELECT token_hash FROM invitations WHERE token_hash = \(bind: tokenHash) AND used_at IS NULL AND expires_at > \(bind: now)
            """
        ).first() != nil
    }

    /// Marks an invitation used; false when it was already used (another request got there first).
    public func useInvitation(tokenHash: String, by userID: UserID, at: String) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE invitations SET used_at = \(bind: at), used_by = \(bind: userID.rawValue)
            WHERE token_hash = \(bind: tokenHash) AND used_at IS NULL RETURNING token_hash
            """
        ).all()
        return !rows.isEmpty
    }

    // MARK: API tokens

    public struct APIToken: Hashable, Sendable, Codable {
        public var id: APITokenID
        public var name: String
        public var createdAt: String
        public var revokedAt: String?
    }

    public func createAPIToken(userID: UserID, name: String, tokenHash: String, createdAt: String) async throws -> APIToken {
        let token = APIToken(id: APITokenID(newID()), name: name, createdAt: createdAt, revokedAt: nil)
        try await database.insert(into: "api_tokens").columns("id", "user_id", "name", "token_hash", "created_at")
            .values(token.id.rawValue, userID.rawValue, name, tokenHash, createdAt).run()
        return token
    }

    public func apiTokens(userID: UserID) async throws -> [APIToken] {
        try await database.raw(
            "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE user_id = \(bind: userID.rawValue) ORDER BY created_at, id"
        )
        .all().map {
            APIToken(
                id: APITokenID(try $0.decode(column: "id", as: String.self)),
                name: try $0.decode(column: "name", as: String.self),
                createdAt: try $0.decode(column: "created_at", as: String.self),
                revokedAt: try $0.decodeNil(column: "revoked_at") ? nil : try $0.decode(column: "revoked_at", as: String.self)
            )
        }
    }

    /// The person a token belongs to, unless it was revoked.
    public func user(apiTokenHash: String) async throws -> User? {
        try await APITokenLookup.rows([.text(apiTokenHash)], on: database).first.map(decodeUser)
    }

    /// Revokes one of the person's tokens; false when they have no such token.
    public func revokeAPIToken(id: APITokenID, userID: UserID, at: String) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE api_tokens SET revoked_at = \(bind: at)
            WHERE id = \(bind: id.rawValue) AND user_id = \(bind: userID.rawValue) AND revoked_at IS NULL RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    // MARK: Rate limits

    /// Counts one attempt under `key` in a fixed window; returns the attempts in the current window, this one included.
    public func countAttempt(key: String, now: Int64, windowSeconds: Int64) async throws -> Int {
        let windowStart = now - now % windowSeconds
        let row = try await database.raw(
            """
            INSERT INTO rate_limits (key, window_start, attempts) VALUES (\(bind: key), \(bind: windowStart), 1)
            ON CONFLICT (key) DO UPDATE SET
                attempts = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.attempts + 1 ELSE 1 END,
                window_start = excluded.window_start
            RETURNING attempts
            """
        ).first()
        return try row?.decode(column: "attempts", as: Int.self) ?? 1
    }

    /// The attempts already counted under `key` in the current window.
    public func attempts(key: String, now: Int64, windowSeconds: Int64) async throws -> Int {
        let windowStart = now - now % windowSeconds
        return try await database.raw("SELECT attempts FROM rate_limits WHERE key = \(bind: key) AND window_start = \(bind: windowStart)")
            .first()?.decode(column: "attempts", as: Int.self) ?? 0
    }

    public func clearAttempts(key: String) async throws {
        try await database.delete(from: "rate_limits").where("key", .equal, key).run()
    }
}
