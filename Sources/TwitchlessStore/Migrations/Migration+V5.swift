extension Migration {
    /// N-of-1 trials with their stored seed and allocation; the date a doctor agreed to magnesium with kidney disease.
    static let v5Trials = Migration(
        name: "v5_trials",
        statements: [
            """
            CREATE TABLE trials (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL,
                blocks INTEGER NOT NULL CHECK (blocks >= 3),
                period_days INTEGER NOT NULL CHECK (period_days > 0),
                washout_days INTEGER NOT NULL CHECK (washout_days >= 0),
                product TEXT NOT NULL,
                servings DOUBLE PRECISION NOT NULL CHECK (servings > 0),
                uses_placebo BOOLEAN NOT NULL,
                seed TEXT NOT NULL,
                allocation TEXT NOT NULL,
                created_at TEXT NOT NULL,
                CHECK (start_date <= end_date)
            )
            """,
            "ALTER TABLE profiles ADD COLUMN kidney_doctor_agreed_on TEXT",
        ]
    )
}
