import SQLKit

/// Failed sign-ins counted under a key, for the limits that slow guessing without letting a stranger lock a person out.
public struct SignInFailures: Hashable, Sendable {
    public var failures: Int
    /// When the count began (it starts again when its window has passed).
    public var firstAt: Int64
    /// The latest failure counted.
    public var lastAt: Int64

    public init(failures: Int, firstAt: Int64, lastAt: Int64) {
        self.failures = failures
        self.firstAt = firstAt
        self.lastAt = lastAt
    }
}

extension AccountSession {
    /// The failures counted under `key`, locked for the rest of the transaction (so two attempts at once are counted
    /// one after the other); none counted yet reads as zero at `now`.
    public func lockSignInFailures(key: String, now: Int64) async throws -> SignInFailures {
        try await database.raw(
            "INSERT INTO sign_in_failures (key, failures, first_at, last_at) VALUES (\(bind: key), 0, \(bind: now), \(bind: now)) ON CONFLICT (key) DO NOTHING"
        ).run()
        let lock = database.dialect.name == "postgresql" ? " FOR UPDATE" : ""
        let row = try await database.raw("SELECT failures, first_at, last_at FROM sign_in_failures WHERE key = \(bind: key)\(unsafeRaw: lock)")
            .first()
        guard let row else { return SignInFailures(failures: 0, firstAt: now, lastAt: now) }
        return SignInFailures(
            failures: try row.decode(column: "failures", as: Int.self),
            firstAt: try row.decode(column: "first_at", as: Int64.self),
            lastAt: try row.decode(column: "last_at", as: Int64.self)
        )
    }

    public func saveSignInFailures(key: String, _ count: SignInFailures) async throws {
        try await database.raw(
            """
            UPDATE sign_in_failures SET failures = \(bind: count.failures), first_at = \(bind: count.firstAt), last_at = \(bind: count.lastAt)
            WHERE key = \(bind: key)
            """
        ).run()
    }

    public func deleteSignInFailures(key: String) async throws {
        try await database.delete(from: "sign_in_failures").where("key", .equal, key).run()
    }
}
