public import TwitchlessCore

/// One calendar event, in the person's wall-clock time.
public struct CalendarEvent: Hashable, Sendable {
    /// When the event happens.
    public enum When: Hashable, Sendable {
        /// Whole days from `first` to `last`, inclusive.
        case days(first: LocalDate, last: LocalDate)
        /// A local time on a date, lasting `minutes`.
        case time(LocalDate, secondsOfDay: Int, minutes: Int)
    }

    /// Stable across exports, so a calendar that imports the file again updates the event.
    public var uid: String
    public var summary: String
    public var description: String?
    public var when: When
    /// Repeats every day up to and including this date (RRULE FREQ=DAILY), at the same local time.
    public var repeatsDailyUntil: LocalDate?
    /// Whether the calendar should remind at the start.
    public var hasReminder: Bool

    public init(uid: String, summary: String, description: String? = nil, when: When, repeatsDailyUntil: LocalDate? = nil, hasReminder: Bool = false)
    {
        self.uid = uid
        self.summary = summary
        self.description = description
        self.when = when
        self.repeatsDailyUntil = repeatsDailyUntil
        self.hasReminder = hasReminder
    }
}
