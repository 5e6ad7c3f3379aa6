/// A person's reminders: a time for each kind they want (nil is off), quiet hours, and where reminders go.
public struct ReminderSettings: Sendable, Equatable {
    /// Seconds after local midnight, by kind; a kind without a time is off. The magnesium reminder without a time of its
    /// own follows the planner's suggestion when `magnesiumFollowsPlan` is on.
    public var times: [ReminderKind: Int]
    public var magnesiumFollowsPlan: Bool
    /// Quiet hours (seconds after local midnight; the end may be before the start, across midnight). Nothing is sent in
    /// them: a reminder due inside them waits until they end, if that is still the same day.
    public var quietStart: Int?
    public var quietEnd: Int?
    /// The address for email reminders; nil sends none.
    public var email: String?

    public init(
        times: [ReminderKind: Int] = [:],
        magnesiumFollowsPlan: Bool = false,
        quietStart: Int? = nil,
        quietEnd: Int? = nil,
        email: String? = nil
    ) {
        self.times = times
        self.magnesiumFollowsPlan = magnesiumFollowsPlan
        self.quietStart = quietStart
        self.quietEnd = quietEnd
        self.email = email
    }

    /// True when `seconds` after midnight falls in the quiet hours.
    public func isQuiet(_ seconds: Int) -> Bool {
        guard let start = quietStart, let end = quietEnd, start != end else { return false }
        return start < end ? (start..<end).contains(seconds) : seconds >= start || seconds < end
    }

    /// When a reminder set for `seconds` is sent: then, or when quiet hours end that same day; nil when they end the
    /// next day (it is not sent at all).
    public func sendingTime(for seconds: Int) -> Int? {
        guard isQuiet(seconds), let start = quietStart, let end = quietEnd else { return seconds }
        if start < end || seconds < end { return end }
        return nil
    }
}
