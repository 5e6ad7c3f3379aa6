package import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Changes to the profile as people give them (the CLI's options, the web form, the API), checked the same way everywhere.
/// A nil field is left as it is.
package struct ProfileUpdate: Sendable {
    package var birth: String?
    package var sex: String?
    package var pregnancy: String?
    package var kidney: String?
    package var timeZone: String?
    package var upperLimit: String?
    package var kidneyDoctorAgreed: String?
    /// A two-letter country code, or "" / "none" to use the time zone's country.
    package var country: String?

    package init(
        birth: String? = nil,
        sex: String? = nil,
        pregnancy: String? = nil,
        kidney: String? = nil,
        timeZone: String? = nil,
        upperLimit: String? = nil,
        kidneyDoctorAgreed: String? = nil,
        country: String? = nil
    ) {
        self.country = country
        self.birth = birth
        self.sex = sex
        self.pregnancy = pregnancy
        self.kidney = kidney
        self.timeZone = timeZone
        self.upperLimit = upperLimit
        self.kidneyDoctorAgreed = kidneyDoctorAgreed
    }

    package var changesSomething: Bool {
        birth != nil || sex != nil || pregnancy != nil || kidney != nil || timeZone != nil || upperLimit != nil || kidneyDoctorAgreed != nil
            || country != nil
    }

    /// The profile with these changes.
    /// - Throws: `invalidInput` for a value that can't be read or a combination that can't be right.
    package func applied(to current: Profile, context: AppContext) throws(TwitchlessError) -> Profile {
        var profile = current
        if let birth { profile.birth = try Profile.Birth(parsing: birth, today: context.today) }
        if let sex { profile.sex = try Profile.Sex.parse(sex, what: "sex") }
        if let pregnancy { profile.reproductiveStatus = try Profile.ReproductiveStatus.parse(pregnancy, what: "pregnancy status") }
        if let kidney { profile.kidneyDisease = try Profile.KidneyStatus(parsing: kidney) }
        if let timeZone { profile.timeZone = try ZonedClock(identifier: timeZone.trimmingWhitespace()).name }
        if let upperLimit { profile.upperLimitBody = try Profile.UpperLimitBody.parse(upperLimit, what: "upper limit") }
        if let country {
            let text = country.trimmingWhitespace()
            profile.country =
                ["", "none", "auto", "default"].contains(text.lowercased())
                ? nil : try context.reference.emergencyDirectory().countryCode(parsing: text)
        }
        if profile.sex == .male, profile.reproductiveStatus != .none {
            throw .invalidInput(
                "Pregnancy or breastfeeding can't be combined with sex \"male\" here.",
                fix: "Choose female or unspecified as the sex, or no pregnancy or breastfeeding."
            )
        }
        if profile.reproductiveStatus != .none, let age = profile.birth?.age(on: context.today),
            age.years < (try context.reference.policy()).supplementPlanningMinAgeYears
        {
            throw .invalidInput(
                "Pregnancy or breastfeeding can't be combined with a birth date \(Int(age.years)) years ago.",
                fix: "Please check the birth date, or choose no pregnancy or breastfeeding."
            )
        }
        return profile
    }

    /// Saves the changes; returns the new context and the red flags the change raised.
    package func save(context: AppContext) async throws(TwitchlessError) -> (AppContext, raised: [RaisedRedFlag]) {
        let saved = try applied(to: context.profile, context: context)
        let agreed = try kidneyDoctorAgreed.map { text throws(TwitchlessError) in try FriendlyTime.parseDate(text, today: context.today) }
        let updated = AppContext(
            store: context.store,
            reference: context.reference,
            owner: context.owner,
            profile: saved,
            clock: AppContext.clock(for: saved, computer: context.store.clock),
            now: context.now
        )
        let (_, raised, _) = try await SafetyReview.raising(context: context, changed: updated) { session in
            try await session.saveProfile(saved)
            if let agreed { try await session.saveKidneyDoctorAgreement(agreed) }
        }
        return (updated, raised)
    }

    /// The profile's notices: kidney and life-stage notices, with any red flags a change raised, most urgent first.
    package static func notices(context: AppContext, raised: [Notice] = []) throws(TwitchlessError) -> [Notice] {
        let book = try context.reference.noticeBook()
        var notices = try context.targets(on: context.today).noticeIDs.compactMap { book.notice($0) }
        if let kidney = book.kidneyNotice(for: context.profile.kidneyDisease) { notices.append(kidney) }
        return (raised + notices).sortedByUrgency()
    }
}
