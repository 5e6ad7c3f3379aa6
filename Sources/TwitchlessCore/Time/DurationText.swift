/// Reads durations people type: "90s", "2m", "5 min", "1h30m", "1:30" (minutes:seconds), "45" (seconds).
public enum DurationText {
    /// Parses a duration into whole seconds.
    /// - Throws: `invalidInput` when the text is not a duration.
    public static func parseSeconds(_ raw: String) throws(TwitchlessError) -> Int {
        let text = raw.trimmingWhitespace().lowercased()
        let failure = TwitchlessError.invalidInput(
            "We couldn't read the duration \"\(raw)\".",
            fix: "Please use a duration like 30s, 5m, 1h30m or 1:30 (minutes and seconds)."
        )
        if text.isEmpty { throw failure }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int(text) { return seconds }
        let colon = text.split(separator: ":", omittingEmptySubsequences: false)
        if colon.count == 2 || colon.count == 3 {
            let numbers = colon.compactMap { part -> Int? in
                part.allSatisfy({ $0.isASCII && $0.isNumber }) && !part.isEmpty ? Int(part) : nil
            }
            guard numbers.count == colon.count, numbers.dropFirst().allSatisfy({ $0 < 60 }) else { throw failure }
            return numbers.reduce(0) { $0 * 60 + $1 }
        }
        var total = 0.0
        var number = ""
        var unit = ""
        var sawAny = false
        func flush() throws(TwitchlessError) {
            guard !number.isEmpty, let value = Double(number) else { throw failure }
            let scale: Double
            switch unit {
            case "s", "sec", "secs", "second", "seconds": scale = 1
            case "m", "min", "mins", "minute", "minutes": scale = 60
            case "h", "hr", "hrs", "hour", "hours": scale = 3600
            default: throw failure
            }
            total += value * scale
            number = ""
            unit = ""
            sawAny = true
        }
        for char in text where char != " " {
            if char.isNumber || char == "." {
                if !unit.isEmpty { try flush() }
                number.append(char)
            } else if char.isLetter {
                unit.append(char)
            } else {
                throw failure
            }
        }
        if !number.isEmpty || !unit.isEmpty { try flush() }
        guard sawAny, total.isFinite, total < 1e9 else { throw failure }
        return Int(total.rounded())
    }

    /// "1 h 5 min", "12 min", "45 s".
    public static func format(seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        let hours = seconds / 3600
        let minutes = (seconds % 3600) / 60
        let rest = seconds % 60
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) h") }
        if minutes > 0 { parts.append("\(minutes) min") }
        if rest > 0 && hours == 0 { parts.append("\(rest) s") }
        return parts.joined(separator: " ")
    }
}
