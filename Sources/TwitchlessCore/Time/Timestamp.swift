/// An instant together with the UTC offset it was written in, so that its local date is the one the person saw.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int64
    /// The offset from UTC, in seconds, at which the time was written (+3600 for UTC+01:00).
    public var utcOffsetSeconds: Int

    public init(epochSeconds: Int64, utcOffsetSeconds: Int) {
        self.epochSeconds = epochSeconds
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Seconds since the epoch on the local wall clock.
    private var localSeconds: Int64 { epochSeconds + Int64(utcOffsetSeconds) }

    /// The local calendar date in the offset the time was written with.
    public var localDate: LocalDate {
        LocalDate(dayNumber: Int(localSeconds.floorDivided(by: 86_400)))
    }

    /// Seconds since local midnight.
    public var secondsOfDay: Int { Int(localSeconds - localSeconds.floorDivided(by: 86_400) * 86_400) }

    /// Local wall-clock time as "21:15".
    public var clockText: String { Self.clockText(secondsOfDay: secondsOfDay) }

    /// "07:05" for seconds since midnight.
    public static func clockText(secondsOfDay seconds: Int) -> String {
        "\(pad(seconds / 3600)):\(pad(seconds % 3600 / 60))"
    }

    /// ISO 8601 with the offset, e.g. "2026-11-24T21:15:00+01:00" (or "Z" for UTC).
    public var iso8601: String {
        let s = secondsOfDay
        let time = "\(Self.pad(s / 3600)):\(Self.pad(s % 3600 / 60)):\(Self.pad(s % 60))"
        return "\(localDate)T\(time)\(Self.offsetText(utcOffsetSeconds))"
    }

    public var description: String { iso8601 }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.epochSeconds < b.epochSeconds }

    /// "+01:00", "-05:30", or "Z" for zero.
    public static func offsetText(_ offset: Int) -> String {
        if offset == 0 { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(sign)\(pad(magnitude / 3600)):\(pad(magnitude % 3600 / 60))"
    }

    /// Creates a timestamp from a local date, wall-clock seconds and the offset in force.
    public init(localDate: LocalDate, secondsOfDay: Int, utcOffsetSeconds: Int) {
        let local = Int64(localDate.dayNumber) * 86_400 + Int64(secondsOfDay)
        self.init(epochSeconds: local - Int64(utcOffsetSeconds), utcOffsetSeconds: utcOffsetSeconds)
    }

    /// Parses ISO 8601 with an explicit offset: "2026-11-24T21:15:00+01:00", "2026-11-24T21:15Z",
    /// "2026-11-24 21:15:00-05:00". Returns nil when the text is not such a time or has no offset.
    public init?(iso8601 text: String) {
        guard let parsed = ISO8601Text.parse(text), let offset = parsed.offset else { return nil }
        self.init(localDate: parsed.date, secondsOfDay: parsed.secondsOfDay, utcOffsetSeconds: offset)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
