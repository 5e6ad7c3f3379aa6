/// A mass in milligrams, stored as a whole number of micrograms so that sums are exact.
public struct Milligrams: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The mass in micrograms.
    public var micrograms: Int64

    public init(micrograms: Int64) { self.micrograms = micrograms }

    /// Creates a mass from milligrams, rounded to the nearest microgram.
    public init(_ milligrams: Double) {
        let micrograms = (milligrams * 1000).rounded()
        // Saturate rather than trap: callers validate ranges and say so in plain words.
        if micrograms.isNaN {
            self.micrograms = 0
        } else if micrograms >= 9.2e18 {
            self.micrograms = .max
        } else if micrograms <= -9.2e18 {
            self.micrograms = .min
        } else {
            self.micrograms = Int64(micrograms)
        }
    }

    public static let zero = Milligrams(micrograms: 0)

    /// The mass in milligrams.
    public var value: Double { Double(micrograms) / 1000 }

    public static func + (a: Milligrams, b: Milligrams) -> Milligrams { Milligrams(micrograms: a.micrograms + b.micrograms) }
    public static func - (a: Milligrams, b: Milligrams) -> Milligrams { Milligrams(micrograms: a.micrograms - b.micrograms) }
    public static func < (a: Milligrams, b: Milligrams) -> Bool { a.micrograms < b.micrograms }
    public static func * (a: Milligrams, factor: Double) -> Milligrams { Milligrams(a.value * factor) }

    /// Whole milligrams for display, e.g. "156 mg".
    public var description: String { "\(rounded) mg" }

    /// The mass rounded to whole milligrams.
    public var rounded: Int { Int(value.rounded()) }

    /// The exact value as decimal text with at most three decimals and no trailing zeros ("212.5").
    public var decimalText: String {
        let sign = micrograms < 0 ? "-" : ""
        let magnitude = micrograms.magnitude
        let whole = magnitude / 1000
        let fraction = magnitude % 1000
        if fraction == 0 { return "\(sign)\(whole)" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Double.self))
    }
}

extension Sequence where Element == Milligrams {
    /// The sum of the masses.
    public func sum() -> Milligrams { reduce(.zero, +) }
}
