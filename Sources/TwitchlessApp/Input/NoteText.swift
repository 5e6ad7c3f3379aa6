package import TwitchlessCore

/// Notes as people type them: trimmed, at most 1,000 characters, no control characters but line breaks and tabs.
package enum NoteText {
    package static let maximumLength = 1000

    package static func clean(_ text: String?) throws(TwitchlessError) -> String? {
        guard let text else { return nil }
        let cleaned = sanitized(text).trimmingWhitespace()
        guard cleaned.count <= maximumLength else {
            throw .invalidInput("The note is \(cleaned.count) characters long.", fix: "Please keep notes to \(maximumLength) characters.")
        }
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The text without control characters (which could change how a terminal shows things), line breaks kept.
    package static func sanitized(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    scalar == "\n" || scalar == "\t"
                        || !(scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format && scalar.value == 0x202E)
                }
            )
        )
    }
}
