import Foundation

/// The number a person calls in an emergency, from their country (POLICIES.md: Emergency numbers).
///
/// The red-flag texts say "999 (or your local emergency number)" because their sources are British; every message
/// shown says the person's own number instead, or "your local emergency number" when the country or its number is
/// unknown. A number is never guessed.
public struct EmergencyContact: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code, when known.
    public var country: String?
    /// The number from `emergency_numbers.csv`, when the table has one for the country.
    public var number: String?
    /// The row's source, shown with the number.
    public var source: String?

    public init(country: String? = nil, number: String? = nil, source: String? = nil) {
        self.country = country
        self.number = number
        self.source = source
    }

    /// Neither country nor number known.
    public static let unknown = EmergencyContact()

    /// "112", or "your local emergency number".
    public var spoken: String { number ?? "your local emergency number" }

    /// `text` with the sources' British number replaced by this person's.
    public func localize(_ text: String) -> String {
        let result = text.replacingOccurrences(of: "999 (or your local emergency number)", with: spoken)
        // A lone "999" (not part of a longer number).
        var output = ""
        var index = result.startIndex
        while let range = result[index...].range(of: "999") {
            let before = range.lowerBound > result.startIndex ? result[result.index(before: range.lowerBound)] : " "
            let after = range.upperBound < result.endIndex ? result[range.upperBound] : " "
            output += result[index..<range.lowerBound]
            output += (before.isNumber || after.isNumber) ? "999" : spoken
            index = range.upperBound
        }
        output += result[index...]
        return output
    }
}
