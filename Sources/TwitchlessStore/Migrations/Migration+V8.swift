extension Migration {
    /// A counter on each owner that every write transaction raises, so a server can tell in one query whether
    /// what it computed for a person is still current, whichever server instance made the change.
    static let v8DataVersion = Migration(
        name: "v8_data_version",
        statements: [
            "ALTER TABLE owners ADD COLUMN data_version BIGINT NOT NULL DEFAULT 0"
        ]
    )
}
