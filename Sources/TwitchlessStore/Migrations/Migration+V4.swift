extension Migration {
    /// When the person says twitching in a region started, for the duration red flag.
    static let v4RegionStarts = Migration(
        name: "v4_region_starts",
        statements: [
            """
            CREATE TABLE region_starts (
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                region TEXT NOT NULL,
                started_on TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (owner_id, region)
            )
            """
        ]
    )
}
