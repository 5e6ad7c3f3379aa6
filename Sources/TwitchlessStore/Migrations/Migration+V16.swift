extension Migration {
    /// Two-step sign-in: a person's authenticator secret (set up, then turned on by a first code; the last time step
    /// used, so a code works once), their recovery codes (hashes, each used once), and sign-ins waiting for their
    /// second step (found by the hash of a short-lived token).
    static let v16TwoFactor = Migration(
        name: "v16_two_factor",
        statements: [
            """
            CREATE TABLE two_factor (
                user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
                secret TEXT NOT NULL,
                enabled_at TEXT,
                last_step BIGINT NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE recovery_codes (
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                code_hash TEXT NOT NULL,
                used_at TEXT,
                PRIMARY KEY (user_id, code_hash)
            )
            """,
            """
            CREATE TABLE pending_sign_ins (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                expires_at BIGINT NOT NULL,
                wrong_codes INTEGER NOT NULL DEFAULT 0 CHECK (wrong_codes >= 0),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX pending_sign_ins_expires ON pending_sign_ins (expires_at)",
        ]
    )
}
