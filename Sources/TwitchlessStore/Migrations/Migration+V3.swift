extension Migration {
    /// Logged symptoms, and red flags the person has talked to a doctor about.
    static let v3SymptomsAndAcknowledgements = Migration(
        name: "v3_symptoms_and_acknowledgements",
        statements: [
            """
            CREATE TABLE symptoms (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                symptom TEXT NOT NULL,
                logged_at BIGINT NOT NULL,
                utc_offset_seconds INTEGER NOT NULL,
                local_date TEXT NOT NULL,
                note TEXT,
                created_at TEXT NOT NULL,
                UNIQUE (owner_id, symptom, logged_at)
            )
            """,
            "CREATE INDEX symptoms_owner_date ON symptoms (owner_id, local_date)",
            """
            CREATE TABLE red_flag_acknowledgements (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                flag_id TEXT NOT NULL,
                covers TEXT NOT NULL,
                since TEXT NOT NULL,
                acknowledged_at TEXT NOT NULL,
                UNIQUE (owner_id, flag_id, covers, since)
            )
            """,
        ]
    )
}
