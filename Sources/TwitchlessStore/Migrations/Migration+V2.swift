extension Migration {
    /// Medicines with their schedules, for the timing rules of `medication_interactions.csv`.
    static let v2Medicines = Migration(
        name: "v2_medicines",
        statements: [
            """
            CREATE TABLE medicines (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                schedule TEXT NOT NULL,
                start_date TEXT,
                end_date TEXT,
                chosen_rule TEXT,
                created_at TEXT NOT NULL,
                UNIQUE (owner_id, name_key),
                CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
            )
            """
        ]
    )
}
