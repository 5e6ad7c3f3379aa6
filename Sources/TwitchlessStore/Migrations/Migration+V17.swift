extension Migration {
    /// Indexes for the statements that still read a whole table (found with sequential scans turned off on
    /// PostgreSQL): a person's trials by start date; the accounts list in Settings, and a person's API tokens, in
    /// their order; used password resets, for housekeeping (it finds them beside the expired ones); and who has two-step sign-in.
    static let v17QueryIndexes = Migration(
        name: "v17_query_indexes",
        statements: [
            "CREATE INDEX trials_owner_start ON trials (owner_id, start_date)",
            "CREATE INDEX users_listing ON users (created_at, display_name, id)",
            "CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at, id)",
            "CREATE INDEX password_resets_used ON password_resets (used_at) WHERE used_at IS NOT NULL",
            "CREATE INDEX two_factor_enabled ON two_factor (user_id) WHERE enabled_at IS NOT NULL",
        ]
    )
}
