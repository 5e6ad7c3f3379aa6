extension Migration {
    /// Accounts that hold up: sign-in failures counted per key (an account from one address, an account, an address,
    /// an account from one signed-in device; keys are hashed), one-time password-reset links, and the indexes the
    /// background removal of stale rows reads by.
    static let v13SignInLimits = Migration(
        name: "v13_sign_in_limits",
        statements: [
            """
            CREATE TABLE sign_in_failures (
                key TEXT PRIMARY KEY,
                failures INTEGER NOT NULL CHECK (failures >= 0),
                first_at BIGINT NOT NULL,
                last_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX sign_in_failures_last ON sign_in_failures (last_at)",
            """
            CREATE TABLE password_resets (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
                expires_at BIGINT NOT NULL,
                used_at TEXT,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX password_resets_expires ON password_resets (expires_at)",
            "CREATE INDEX sessions_expires ON sessions (expires_at)",
            "CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)",
            "CREATE INDEX rate_limits_window ON rate_limits (window_start)",
            "CREATE INDEX invitations_expires ON invitations (expires_at)",
        ]
    )
}
