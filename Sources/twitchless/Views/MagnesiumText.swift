import TwitchlessApp
import TwitchlessCore

/// Magnesium amounts as people read them.
enum MagnesiumText {
    /// "200 mg", or "227–323 mg" for a range; one decimal where it matters.
    static func range(_ low: Milligrams?, _ high: Milligrams, digits: Int = 1) -> String {
        let highText = DecimalText.format(high.value, digits: digits)
        guard let low, low != high else { return "\(highText) mg" }
        return "\(DecimalText.format(low.value, digits: digits))–\(highText) mg"
    }
}
