extension Migration {
    /// Leaving: the owner as a column (so ownership can be handed to someone else), and the people erased, by id only,
    /// so a restored whole-database backup can erase them again.
    static let v15Leaving = Migration(
        name: "v15_leaving",
        statements: [
            "ALTER TABLE users ADD COLUMN is_owner BOOLEAN NOT NULL DEFAULT FALSE",
            "UPDATE users SET is_owner = TRUE WHERE owner_id = 'local'",
            """
            CREATE TABLE erased_owners (
                id TEXT PRIMARY KEY,
                erased_at BIGINT NOT NULL
            )
            """,
        ]
    )
}
