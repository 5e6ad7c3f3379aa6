extension Migration {
    /// The person's country, for the emergency number their red flags say to call.
    static let v10ProfileCountry = Migration(
        name: "v10_profile_country",
        statements: [
            "ALTER TABLE profiles ADD COLUMN country TEXT"
        ]
    )
}
