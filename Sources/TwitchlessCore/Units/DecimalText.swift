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
        var bytes = Substring(text).utf8[...]
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        // Digits, one decimal point and a leading sign only: no exponents, no "inf" or "nan".
        guard !bytes.isEmpty, bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }),
            let value = Double(Substring(bytes)), value.isFinite
        else { return nil }
        return value
    }

    /// Parses a whole number, allowing no decimals.
    public static func parseInteger(_ text: String) -> Int? {
        Int(text.trimmingCharacters(in: .whitespaces))
    }
}
