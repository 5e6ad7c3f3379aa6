import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// The owner's profile, or nil when none was saved yet.
    public func profile() async throws -> Profile? {
        guard
            let row = try await database.raw(
                """
                SELECT \(unsafeRaw: Self.profileColumns) FROM profiles WHERE owner_id = \(bind: owner.rawValue)
                """
            ).first()
        else { return nil }
        return try Self.decodeProfile(row)
    }

    /// The profile's columns, for queries that read it with something else.
    static let profileColumns = "birth_date, birth_year, sex, reproductive_status, kidney_disease, time_zone, upper_limit_body, country"

    static func decodeProfile(_ row: any SQLRow) throws -> Profile {
        var profile = Profile()
        if let text: String = try row.optional("birth_date"), let date = LocalDate(iso: text) {
            profile.birth = .date(date)
        } else if let year: Int = try row.optional("birth_year") {
            profile.birth = .year(year)
        }
        profile.sex = Profile.Sex(rawValue: try row.value("sex")) ?? .unspecified
        profile.reproductiveStatus = Profile.ReproductiveStatus(rawValue: try row.value("reproductive_status")) ?? .none
        profile.kidneyDisease = Profile.KidneyStatus(rawValue: try row.value("kidney_disease")) ?? .none
        profile.timeZone = try row.optional("time_zone")
        profile.upperLimitBody = Profile.UpperLimitBody(rawValue: try row.value("upper_limit_body")) ?? .us
        profile.country = try row.optional("country")
        return profile
    }

    /// Saves the whole profile, replacing the previous one.
    public func saveProfile(_ profile: Profile) async throws {
        var birthDate: String?
        var birthYear: Int?
        switch profile.birth {
        case .date(let date): birthDate = date.description
        case .year(let year): birthYear = year
        case nil: break
        }
        try await database.insert(into: "profiles")
            .columns(
                "owner_id",
                "birth_date",
                "birth_year",
                "sex",
                "reproductive_status",
                "kidney_disease",
                "time_zone",
                "upper_limit_body",
                "country",
                "updated_at"
            )
            .values(
                owner.rawValue,
                birthDate,
                birthYear,
                profile.sex.rawValue,
                profile.reproductiveStatus.rawValue,
                profile.kidneyDisease.rawValue,
                profile.timeZone,
                profile.upperLimitBody.rawValue,
                profile.country,
                now()
            )
            .onConflict(with: ["owner_id"]) {
                $0.set(excludedValueOf: "birth_date").set(excludedValueOf: "birth_year").set(excludedValueOf: "sex")
                    .set(excludedValueOf: "reproductive_status").set(excludedValueOf: "kidney_disease")
                    .set(excludedValueOf: "time_zone").set(excludedValueOf: "upper_limit_body").set(excludedValueOf: "country")
                    .set(excludedValueOf: "updated_at")
            }
            .run()
    }
}
