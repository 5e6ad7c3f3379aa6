import Foundation

/// Plain decimal text for numbers shown to people and written to files.
public enum DecimalText {
    /// Formats a number with at most `digits` decimals and no trailing zeros: 7.5 → "7.5", 8.0 → "8".
    public static func format(_ value: Double, digits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The shortest text that reads back as exactly the same number: 7.25 → "7.25", 8.0 → "8".
    public static func exact(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = String(value)
        guard text.contains("e") else { return text }
        // Very small or large values: plain digits, never an exponent.
        var plain = String(format: "%.12f", value)
        while plain.hasSuffix("0") { plain.removeLast() }
        if plain.hasSuffix(".") { plain.removeLast() }
        return plain
    }

    /// Parses a plain decimal number ("7", "7.5", ".5", "1,5" is rejected). Returns nil when it is not one.
    public static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
              trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// Parses a whole number, allowing no decimals.
    public static func parseInteger(_ text: String) -> Int? {
        Int(text.trimmingCharacters(in: .whitespaces))
    }
}
