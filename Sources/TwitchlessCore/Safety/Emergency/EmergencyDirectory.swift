/// Countries, the country of each time zone, and each country's emergency number, from sourced tables
/// (`sourced/countries.csv`, `sourced/time_zone_countries.csv`, `sourced/emergency_numbers.csv`).
public struct EmergencyDirectory: Sendable {
    /// ISO 3166-1 alpha-2 code → country name.
    public var countries: [String: String]
    /// IANA time zone → country code; zones with no single country (`Etc/UTC`) are absent.
    public var zoneCountries: [String: String]
    /// Country code → (number, source).
    public var numbers: [String: (number: String, source: String)]

    public init(countries: [String: String], zoneCountries: [String: String], numbers: [String: (number: String, source: String)]) {
        self.countries = countries
        self.zoneCountries = zoneCountries
        self.numbers = numbers
    }

    /// The person's emergency contact: the country they gave, else their time zone's country.
    public func contact(country: String?, timeZone: String?) -> EmergencyContact {
        guard let code = country ?? timeZone.flatMap({ zoneCountries[$0] }) else { return .unknown }
        let entry = numbers[code]
        return EmergencyContact(country: code, number: entry?.number, source: entry?.source)
    }

    /// The country a time zone belongs to, for the profile's default.
    public func country(ofTimeZone zone: String?) -> String? { zone.flatMap { zoneCountries[$0] } }

    /// Reads a two-letter country code ("gb", "GB").
    /// - Throws: `invalidInput` for anything that is not a known ISO 3166-1 alpha-2 code.
    public func countryCode(parsing raw: String) throws(TwitchlessError) -> String {
        let code = raw.trimmingWhitespace().uppercased()
        guard code.count == 2, countries[code] != nil else {
            throw .invalidInput(
                "\"\(raw.trimmingWhitespace())\" is not a country code Twitchless knows.",
                fix: "Please use the two-letter ISO code of your country, such as GB, US, DE or AU."
            )
        }
        return code
    }

    /// "IE, Ireland": the code first, then the name the country table gives.
    public func name(of code: String) -> String { countries[code].map { "\(code), \($0)" } ?? code }
}
