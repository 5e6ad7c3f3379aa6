extension Migration {
    /// Day values imported from other apps (kept apart from the person's own log), relaxation minutes, and settings.
    static let v6ImportedDayValues = Migration(
        name: "v6_imported_day_values",
        statements: [
            """
            CREATE TABLE imported_day_values (
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                source TEXT NOT NULL CHECK (source IN ('apple_health')),
                date TEXT NOT NULL,
                factor TEXT NOT NULL CHECK (factor IN ('sleep_hours', 'caffeine_mg', 'water_liters', 'alcohol_drinks',
                    'exercise_minutes', 'mindful_minutes', 'food_magnesium_mg', 'supplement_magnesium_mg')),
                value DOUBLE PRECISION NOT NULL CHECK (value >= 0),
                updated_at TEXT NOT NULL,
                PRIMARY KEY (owner_id, source, date, factor)
            )
            """,
            "CREATE INDEX imported_day_values_owner_date ON imported_day_values (owner_id, date)",
            "ALTER TABLE day_logs ADD COLUMN mindful_minutes DOUBLE PRECISION CHECK (mindful_minutes >= 0)",
            """
            CREATE TABLE owner_settings (
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                value TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (owner_id, name)
            )
            """,
        ]
    )
}
