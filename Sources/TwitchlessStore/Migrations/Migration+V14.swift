extension Migration {
    /// Share links: a read-only doctor report for a chosen period, found by the hash of its token, expiring, revocable,
    /// optionally behind a passcode (its bcrypt hash), turned off after too many wrong passcodes, counting its opens.
    static let v14ShareLinks = Migration(
        name: "v14_share_links",
        statements: [
            """
            CREATE TABLE share_links (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                token_hash TEXT NOT NULL UNIQUE,
                from_date TEXT NOT NULL,
                to_date TEXT NOT NULL,
                expires_at BIGINT NOT NULL,
                passcode_hash TEXT,
                wrong_passcodes INTEGER NOT NULL DEFAULT 0 CHECK (wrong_passcodes >= 0),
                revoked_at TEXT,
                opened_count INTEGER NOT NULL DEFAULT 0 CHECK (opened_count >= 0),
                last_opened_at BIGINT,
                created_at TEXT NOT NULL,
                CHECK (from_date <= to_date)
            )
            """,
            "CREATE INDEX share_links_owner ON share_links (owner_id, created_at)",
        ]
    )
}
