import Foundation
import TwitchlessCore
import TwitchlessReports

/// When something happened, on a log or edit form: a text field for the words people use ("21:15", "yesterday
/// 21:15", "2 hours ago") and a date-and-time picker. Either works; both empty means now (or, on an edit form, the
/// time already stored, which the picker shows).
enum WhenField {
    /// The picker's value for a time: "2026-11-24T21:15", in the time's own offset.
    static func pickerValue(_ stamp: Timestamp) -> String { "\(stamp.localDate)T\(stamp.clockText)" }

    /// The two fields. `current` is the stored time on an edit form (the picker shows it); `max` keeps the picker
    /// out of the future.
    static func render(
        prefix: String = "at",
        idPrefix: String = "",
        label: String = "When",
        current: Timestamp?,
        max: Timestamp,
        failed: FormState?
    ) -> HTML {
        let textHint =
            current == nil
            ? "Leave empty for now, or type a time: 21:15, yesterday 21:15, 2 hours ago."
            : "To change it, type a time (21:15, yesterday 21:15) or use the picker below."
        var html: HTML = Pages.field(
            prefix,
            id: "\(idPrefix)\(prefix)-text",
            label: "\(label) (optional)",
            hint: textHint,
            attributes: "maxlength=\"40\" autocomplete=\"off\"",
            failed: failed
        )
        html += Pages.field(
            "\(prefix)_picker",
            id: "\(idPrefix)\(prefix)-picker",
            label: current == nil ? "Or pick a date and time" : "Date and time",
            type: "datetime-local",
            value: current.map(pickerValue) ?? "",
            attributes: "max=\"\(pickerValue(max))\" step=\"60\"",
            failed: failed
        )
        return html
    }

    /// The time the form gives, as text the app reads; nil when the form leaves it as it was (now, or the stored time).
    /// - Throws: `invalidInput` when the text and the picker name two different times.
    static func read(_ form: [String: String], prefix: String = "at", current: Timestamp? = nil) throws -> String? {
        let text = form.given(prefix)
        var picker = form.given("\(prefix)_picker")
        if let current, picker == pickerValue(current) { picker = nil }
        switch (text, picker) {
        case (let text?, let picker?) where text.lowercased() != picker.lowercased():
            throw TwitchlessError.invalidInput(
                "Two different times were given: \"\(text)\" typed, and \(picker.replacingOccurrences(of: "T", with: " ")) picked.",
                fix: "Please give the time one way: clear the typed time or the picker."
            )
        case (let text?, _): return text
        case (nil, let picker?): return picker
        case (nil, nil): return nil
        }
    }
}

/// Dates in words for the pages.
enum DayText {
    /// "Tuesday 24 November", with the year when it isn't `today`'s.
    static func long(_ date: LocalDate, today: LocalDate? = nil) -> String {
        guard let today else { return "\(DateWords.weekdays[date.isoWeekday - 1]) \(date.day) \(DateWords.months[date.month - 1])" }
        return DateWords.long(date, today: today)
    }

    /// "today", "yesterday", or "Tuesday 24 November".
    static func relative(_ date: LocalDate, today: LocalDate) -> String {
        if date == today { return "today" }
        if date == today.adding(days: -1) { return "yesterday" }
        return long(date, today: today)
    }
}
