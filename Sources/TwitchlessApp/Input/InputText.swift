package import TwitchlessCore

/// Reading what people type, the same way on every surface. An absent value (nil) means the default (now, today,
/// one serving); an empty one given on purpose (`--at ""`) is refused, so surfaces whose empty fields mean "not
/// given" (web forms) pass nil for them.
package enum InputText {
    /// The text without surrounding spaces, or nil when nothing is left.
    package static func given(_ text: String?) -> String? {
        guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
        return text
    }

    /// A whole number on a scale, explaining the scale when it isn't one.
    /// - Throws: `invalidInput` for text that is not a whole number, or one outside `range`.
    package static func scale(_ text: String?, _ name: String, _ range: ClosedRange<Int>, _ hint: String) throws(TwitchlessError) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text.trimmingWhitespace()) else {
            throw .invalidInput("\(name) \"\(text)\" isn't a whole number.", fix: "Please use a whole number from \(hint).")
        }
        guard range.contains(value) else {
            throw .invalidInput("\(name) \(value) is outside the scale.", fix: "Please use a number from \(hint).")
        }
        return value
    }

    /// A whole number of anything (blocks, days), or nil when absent.
    package static func whole(_ text: String?, _ name: String) throws(TwitchlessError) -> Int? {
        guard let text = given(text) else { return nil }
        guard let value = Int(text) else {
            throw .invalidInput("\(name): \"\(text)\" is not a whole number.", fix: "Please give a whole number like 4.")
        }
        return value
    }

    /// A number of servings: 1 when absent, else a number above 0 and at most 100 ("2", "0.5", "1/2").
    package static func servings(_ text: String?) throws(TwitchlessError) -> Double {
        guard let text else { return 1 }
        guard let count = FoodAmount.number(text.trimmingWhitespace()), count > 0, count <= 100 else {
            throw .invalidInput("\"\(text)\" is not a number of servings.", fix: "Please give a number like 1 or 0.5.")
        }
        return count
    }
}

extension AppContext {
    /// The time `text` names ("21:15", "yesterday 21:15", ISO 8601), or now when it is absent.
    /// - Throws: `invalidInput` for a time that can't be read, an empty one, or one in the future.
    package func time(_ text: String?) throws(TwitchlessError) -> Timestamp {
        guard let text else { return clock.timestamp(now) }
        return try FriendlyTime.parse(text, now: now, clock: clock)
    }

    /// The day `text` names (today, yesterday, "3 days ago", YYYY-MM-DD), or today when it is absent.
    package func date(_ text: String?) throws(TwitchlessError) -> LocalDate {
        guard let text else { return today }
        return try FriendlyTime.parseDate(text, today: today)
    }
}
