extension Migration {
    /// Logging an episode raises its owner's data version in the same statement, so the busiest write is one statement.
    static let v9EpisodeVersionTrigger = Migration(
        name: "v9_episode_version_trigger",
        statements: [],
        sqliteStatements: [
            """
            CREATE TRIGGER episodes_raise_data_version AFTER INSERT ON episodes
            BEGIN
                UPDATE owners SET data_version = data_version + 1 WHERE id = NEW.owner_id;
            END
            """
        ],
        postgresStatements: [
            """
            CREATE FUNCTION episodes_raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE owners SET data_version = data_version + 1 WHERE id = NEW.owner_id;
                RETURN NEW;
            END
            $$
            """,
            """
            CREATE TRIGGER episodes_raise_data_version AFTER INSERT ON episodes
            FOR EACH ROW EXECUTE FUNCTION episodes_raise_data_version()
            """,
        ]
    )
}
