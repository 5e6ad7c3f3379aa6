extension Migration {
    /// The first schema: owners, profiles, episodes, day logs, supplement products and intakes, food intakes.
    static let v1CreateSchema = Migration(
        name: "v1_create_schema",
        statements: [
            """
            CREATE TABLE owners (
                id TEXT PRIMARY KEY,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE profiles (
                owner_id TEXT PRIMARY KEY REFERENCES owners(id) ON DELETE CASCADE,
                birth_date TEXT,
                birth_year INTEGER,
                sex TEXT NOT NULL DEFAULT 'unspecified' CHECK (sex IN ('female', 'male', 'unspecified')),
                reproductive_status TEXT NOT NULL DEFAULT 'none' CHECK (reproductive_status IN ('none', 'pregnant', 'breastfeeding')),
                kidney_disease TEXT NOT NULL DEFAULT 'none' CHECK (kidney_disease IN ('none', 'yes', 'dialysis', 'not_sure')),
                time_zone TEXT,
                upper_limit_body TEXT NOT NULL DEFAULT 'us' CHECK (upper_limit_body IN ('us', 'eu')),
                updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE episodes (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                started_at BIGINT NOT NULL,
                utc_offset_seconds INTEGER NOT NULL CHECK (utc_offset_seconds BETWEEN -64800 AND 64800),
                local_date TEXT NOT NULL,
                site TEXT NOT NULL CHECK (site IN ('eyelid_left', 'eyelid_right', 'face', 'arm', 'hand', 'trunk', 'thigh', 'calf_left', 'calf_right', 'foot', 'other')),
                kind TEXT NOT NULL CHECK (kind IN ('twitch', 'spasm', 'cramp')),
                intensity INTEGER CHECK (intensity BETWEEN 1 AND 10),
                duration_seconds INTEGER CHECK (duration_seconds >= 0),
                pain INTEGER CHECK (pain BETWEEN 0 AND 10),
                note TEXT,
                created_at TEXT NOT NULL,
                UNIQUE (owner_id, started_at, site, kind)
            )
            """,
            "CREATE INDEX episodes_owner_date ON episodes (owner_id, local_date)",
            """
            CREATE TABLE day_logs (
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                date TEXT NOT NULL,
                is_tracked BOOLEAN NOT NULL,
                sleep_hours DOUBLE PRECISION CHECK (sleep_hours >= 0 AND sleep_hours <= 24),
                stress INTEGER CHECK (stress BETWEEN 0 AND 10),
                caffeine_mg DOUBLE PRECISION CHECK (caffeine_mg >= 0),
                alcohol_drinks DOUBLE PRECISION CHECK (alcohol_drinks >= 0),
                water_liters DOUBLE PRECISION CHECK (water_liters >= 0),
                exercise_minutes DOUBLE PRECISION CHECK (exercise_minutes >= 0),
                prolonged_muscle_use BOOLEAN,
                processed_meals INTEGER CHECK (processed_meals >= 0),
                reported_supplement_magnesium_ug BIGINT CHECK (reported_supplement_magnesium_ug >= 0),
                updated_at TEXT NOT NULL,
                PRIMARY KEY (owner_id, date)
            )
            """,
            """
            CREATE TABLE supplement_products (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('supplement', 'medicine')),
                serving_unit TEXT NOT NULL,
                elemental_ug_per_serving BIGINT NOT NULL CHECK (elemental_ug_per_serving > 0),
                elemental_ug_per_serving_low BIGINT CHECK (elemental_ug_per_serving_low > 0),
                form TEXT,
                compound_ug_per_serving BIGINT CHECK (compound_ug_per_serving > 0),
                basis TEXT NOT NULL CHECK (basis IN ('label', 'form', 'form_range')),
                created_at TEXT NOT NULL,
                UNIQUE (owner_id, name_key)
            )
            """,
            """
            CREATE TABLE supplement_intakes (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                product_id TEXT NOT NULL REFERENCES supplement_products(id),
                taken_at BIGINT NOT NULL,
                utc_offset_seconds INTEGER NOT NULL,
                local_date TEXT NOT NULL,
                servings DOUBLE PRECISION NOT NULL CHECK (servings > 0),
                elemental_ug BIGINT NOT NULL CHECK (elemental_ug >= 0),
                elemental_ug_low BIGINT CHECK (elemental_ug_low >= 0 AND elemental_ug_low <= elemental_ug),
                created_at TEXT NOT NULL,
                UNIQUE (owner_id, product_id, taken_at)
            )
            """,
            "CREATE INDEX supplement_intakes_owner_date ON supplement_intakes (owner_id, local_date)",
            """
            CREATE TABLE food_intakes (
                id TEXT PRIMARY KEY,
                owner_id TEXT NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                food_id TEXT NOT NULL,
                description TEXT NOT NULL,
                eaten_at BIGINT NOT NULL,
                utc_offset_seconds INTEGER NOT NULL,
                local_date TEXT NOT NULL,
                grams DOUBLE PRECISION NOT NULL CHECK (grams > 0),
                portion TEXT NOT NULL,
                magnesium_ug BIGINT CHECK (magnesium_ug >= 0),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX food_intakes_owner_date ON food_intakes (owner_id, local_date)",
        ]
    )
}
