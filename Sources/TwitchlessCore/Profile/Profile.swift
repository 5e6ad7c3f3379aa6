/// What Twitchless needs to know about the person to pick their reference values.
public struct Profile: Hashable, Sendable {
    public var birth: Birth?
    public var sex: Sex
    public var reproductiveStatus: ReproductiveStatus
    public var kidneyDisease: KidneyStatus
    /// IANA time zone name; nil means the computer's own zone.
    public var timeZone: String?
    public var upperLimitBody: UpperLimitBody
    /// ISO 3166-1 alpha-2 country code, for the emergency number; nil means the time zone's country.
    public var country: String?

    public init(
        birth: Birth? = nil,
        sex: Sex = .unspecified,
        reproductiveStatus: ReproductiveStatus = .none,
        kidneyDisease: KidneyStatus = .none,
        timeZone: String? = nil,
        upperLimitBody: UpperLimitBody = .us,
        country: String? = nil
    ) {
        self.country = country
        self.birth = birth
        self.sex = sex
        self.reproductiveStatus = reproductiveStatus
        self.kidneyDisease = kidneyDisease
        self.timeZone = timeZone
        self.upperLimitBody = upperLimitBody
    }

    /// A birth date, or only the year.
    public enum Birth: Hashable, Sendable {
        case date(LocalDate)
        case year(Int)

        /// Reads "1988-04-02" or "1988".
        /// - Throws: `invalidInput` for anything else, or a birth in the future.
        public init(parsing text: String, today: LocalDate) throws(TwitchlessError) {
            let trimmed = text.trimmingWhitespace()
            if let date = LocalDate(iso: trimmed) {
                guard date <= today else {
                    throw .invalidInput("The birth date \(DateWords.day(date)) is in the future.", fix: "Please check the year.")
                }
                try LocalDate.checkLoggable(date, what: "birth date")
                self = .date(date)
            } else if trimmed.count == 4, let year = Int(trimmed), year >= LocalDate.earliestLoggable.year {
                guard year <= today.year else {
                    throw .invalidInput("The birth year \(year) is in the future.", fix: "Please check the year.")
                }
                self = .year(year)
            } else {
                throw .invalidInput(
                    "We couldn't read the birth date \"\(text)\".",
                    fix: "Please use a date like 1988-04-02, or just the year, like 1988."
                )
            }
        }

        /// The exact age in years on `date`. With only a year, the person is taken to be born on 1 July
        /// of it (the middle of the year), and `isEstimated` says so.
        public func age(on date: LocalDate) -> Age {
            switch self {
            case .date(let birth):
                return Age(years: Self.years(from: birth, to: date), isEstimated: false)
            case .year(let year):
                let midYear = LocalDate(year: year, month: 7, day: 1)!
                return Age(years: Self.years(from: midYear, to: date), isEstimated: true)
            }
        }

        /// Fractional years between two dates: whole birthdays passed plus the fraction of the current year.
        static func years(from birth: LocalDate, to date: LocalDate) -> Double {
            var whole = date.year - birth.year
            if (date.month, date.day) < (birth.month, birth.day) { whole -= 1 }
            guard whole >= 0 else { return Double(birth.days(until: date)) / 365.25 }
            let lastBirthday = anniversary(of: birth, inYear: birth.year + whole)
            let nextBirthday = anniversary(of: birth, inYear: birth.year + whole + 1)
            let fraction = Double(lastBirthday.days(until: date)) / Double(lastBirthday.days(until: nextBirthday))
            return Double(whole) + fraction
        }

        private static func anniversary(of birth: LocalDate, inYear year: Int) -> LocalDate {
            LocalDate(year: year, month: birth.month, day: birth.day)
                ?? LocalDate(year: year, month: 3, day: 1)!
        }

        public var text: String {
            switch self {
            case .date(let d): d.description
            case .year(let y): String(y)
            }
        }
    }

    /// An age in years, with whether it was estimated from a birth year.
    public struct Age: Hashable, Sendable {
        public var years: Double
        public var isEstimated: Bool
    }

    public enum Sex: String, CaseIterable, Sendable, Codable {
        case female, male
        /// Not given, or neither: reference values are shown as a range of both.
        case unspecified
    }

    public enum ReproductiveStatus: String, CaseIterable, Sendable, Codable {
        case none, pregnant, breastfeeding
    }

    public enum KidneyStatus: String, CaseIterable, Sendable, Codable {
        case none, yes, dialysis
        case notSure = "not_sure"

        /// Reads a status, accepting everyday words: "on dialysis", "not sure", "unsure", "no".
        /// - Throws: `invalidInput` listing the valid values.
        public init(parsing text: String) throws(TwitchlessError) {
            let key = text.trimmingWhitespace().lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            switch key {
            case "on dialysis": self = .dialysis
            case "unsure", "not sure", "dont know", "don't know": self = .notSure
            case "no": self = .none
            default: self = try KidneyStatus.parse(text, what: "kidney status")
            }
        }

        /// True for every status that needs a doctor's agreement before magnesium supplements.
        public var needsDoctorForSupplements: Bool { self != .none }
    }

    /// Whose tolerable upper intake level to use.
    public enum UpperLimitBody: String, CaseIterable, Sendable, Codable {
        /// US Institute of Medicine (Food and Nutrition Board), the default.
        case us
        /// European Food Safety Authority (Scientific Committee on Food).
        case eu

        /// The `jurisdiction` value of `magnesium_ul.csv`.
        public var jurisdiction: String { self == .us ? "US" : "EU" }

        /// "US IOM" / "EU EFSA".
        public var shortName: String { self == .us ? "US IOM" : "EU EFSA" }

        /// "US Institute of Medicine (IOM)" / "EU Scientific Committee on Food (EFSA)".
        public var displayName: String {
            self == .us ? "US Institute of Medicine (IOM)" : "EU Scientific Committee on Food (EFSA)"
        }
    }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// Reads one of the raw values, forgiving case, spaces and hyphens.
    /// - Throws: `invalidInput` listing the valid values.
    public static func parse(_ text: String, what: String) throws(TwitchlessError) -> Self {
        guard let value = Self(rawValue: text.vocabularyKey) else {
            throw .invalidInput(
                "\"\(text)\" isn't one of the \(what) options.",
                fix: "Please use one of: \(allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        return value
    }
}
