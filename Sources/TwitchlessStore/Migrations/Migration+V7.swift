extension Migration {
    /// Accounts for the web app: people, server-side sessions, invitations, API tokens, login rate limits and
    /// idempotency keys. Everything lives in the database so any number of server instances can share it.
    static let v7Accounts = Migration(
        name: "v7_accounts",
        statements: [
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL UNIQUE REFERENCES owners(id) ON DELETE CASCADE,
                email TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                is_admin BOOLEAN NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                expires_at BIGINT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX sessions_user ON sessions (user_id)",
            """
            CREATE TABLE invitations (
                token_hash TEXT PRIMARY KEY,
                created_by TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                expires_at BIGINT NOT NULL,
                used_by TEXT REFERENCES users(id) ON DELETE SET NULL,
                used_at TEXT,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE api_tokens (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                revoked_at TEXT
            )
            """,
            """
            CREATE TABLE rate_limits (
                key TEXT PRIMARY KEY,
                window_start BIGINT NOT NULL,
                attempts INTEGER NOT NULL CHECK (attempts >= 0)
            )
            """,
            """
            CREATE TABLE idempotency_keys (
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                request_hash TEXT NOT NULL,
                status INTEGER NOT NULL,
                body TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (owner_id, key)
            )
            """,
        ]
    )
}
