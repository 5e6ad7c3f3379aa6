package import TwitchlessCore

/// The person's profile with the reference values it gives, as `profile --json` and `/api/v1/profile` show it.
package struct ProfileDocument: Encodable, Sendable {
    package struct Fields: Encodable, Sendable {
        @Nullable package var birth: String?
        /// Whole and tenths of years; null when the birth isn't set.
        @Nullable package var ageYears: Double?
        /// True when only the birth year is known.
        @Nullable package var ageIsEstimated: Bool?
        package var sex: String
        package var pregnancy: String
        package var kidneyDisease: String
        package var timeZone: String
        package var upperLimitBody: String
        @Nullable package var country: String?
        /// True when the country comes from the time zone rather than the person's own choice.
        package var countryIsDefault: Bool
        @Nullable package var emergencyNumber: String?
        package var notices: [Notice]
    }

    package var fields: Fields
    package var targets: TargetFields

    /// The profile of `context`, with the red flags a change just raised among its notices.
    package init(_ context: AppContext, raised: [Notice] = []) throws(TwitchlessError) {
        let profile = context.profile
        let targets = try context.targets(on: context.today)
        let emergency = try context.emergencyContact()
        fields = Fields(
            birth: profile.birth?.text,
            ageYears: targets.age.map { ($0.years * 10).rounded(.down) / 10 },
            ageIsEstimated: targets.age?.isEstimated,
            sex: profile.sex.rawValue,
            pregnancy: profile.reproductiveStatus.rawValue,
            kidneyDisease: profile.kidneyDisease.rawValue,
            timeZone: context.clock.name,
            upperLimitBody: profile.upperLimitBody.rawValue,
            country: emergency.country,
            countryIsDefault: profile.country == nil,
            emergencyNumber: emergency.number,
            notices: try ProfileUpdate.notices(context: context, raised: raised)
        )
        self.targets = TargetFields(targets)
    }

    /// The profile's fields and the reference values side by side in one object.
    package func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
        try targets.encode(to: encoder)
    }
}
