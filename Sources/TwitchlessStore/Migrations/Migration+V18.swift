extension Migration {
    /// The red-flag rules read every episode's time, site, kind and duration on each Today page built afresh. On
    /// PostgreSQL the unique index of an episode's moment carries the other two as well, so that read is an index-only
    /// scan instead of one heap page for nearly every episode (a person's episodes lie among everyone else's, logged
    /// day by day). It replaces the constraint's own index: the same uniqueness, no extra index to keep up on each
    /// insert. SQLite, one person's file, keeps its index as it was.
    static let v18EpisodeMomentCovering = Migration(
        name: "v18_episode_moment_covering",
        statements: [],
        postgresStatements: [
            """
            CREATE UNIQUE INDEX episodes_owner_moment ON episodes (owner_id, started_at, site, kind)
            INCLUDE (utc_offset_seconds, duration_seconds)
            """,
            "ALTER TABLE episodes DROP CONSTRAINT episodes_owner_id_started_at_site_kind_key",
        ]
    )
}
