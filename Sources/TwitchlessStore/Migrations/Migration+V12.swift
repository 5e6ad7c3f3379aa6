extension Migration {
    /// Reminders: each person's times and quiet hours, their browsers' push subscriptions, one row per reminder sent
    /// (the claim that makes it go out once whatever the number of servers), and the server's own push keys.
    static let v12Reminders = Migration(
        name: "v12_reminders",
        statements: [
            """
            CREATE TABLE reminder_settings (
                owner_id TEXT PRIMARY KEY REFERENCES owners(id) ON DELETE CASCADE,
                check_in_at INTEGER CHECK (check_in_at BETWEEN 0 AND 86399),
                magnesium_at INTEGER CHECK (magnesium_at BETWEEN 0 AND 86399),
                magnesium_follows_plan BOOLEAN NOT NULL DEFAULT FALSE,
                trial_at INTEGER CHECK (trial_at BETWEEN 0 AND 86399),
                quiet_start INTEGER CHECK (quiet_start BETWEEN 0 AND 86399),
                quiet_end INTEGER CHECK (quiet_end BETWEEN 0 AND 86399),
                email TEXT,
                updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE push_subscriptions (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                endpoint TEXT NOT NULL,
                p256dh TEXT NOT NULL,
                auth TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (owner_id, endpoint)
            )
            """,
            """
            CREATE TABLE reminder_sends (
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                local_date TEXT NOT NULL,
                channel TEXT NOT NULL,
                target TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'given_up')),
                attempts INTEGER NOT NULL,
                last_error TEXT,
                next_attempt_at BIGINT,
                claimed_at BIGINT NOT NULL,
                claimed_by TEXT NOT NULL,
                sent_at BIGINT,
                PRIMARY KEY (owner_id, kind, local_date, channel, target)
            )
            """,
            "CREATE INDEX reminder_sends_retry ON reminder_sends (status, next_attempt_at)",
            """
            CREATE TABLE server_keys (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
        ]
    )
}
