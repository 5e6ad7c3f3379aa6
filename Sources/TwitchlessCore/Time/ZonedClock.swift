public import Foundation

/// Converts between instants and a named time zone's wall clock, following its daylight-saving rules.
public struct ZonedClock: Sendable {
    public let timeZone: TimeZone
    /// The name as the person gave it ("UTC" stays "UTC", though some systems call it "GMT").
    public let name: String

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        self.name = timeZone.identifier
    }

    /// Creates a clock for an IANA zone name such as "Europe/Berlin".
    /// - Throws: `invalidInput` when the name is not a known IANA time zone.
    public init(identifier: String) throws(TwitchlessError) {
        let isName = identifier.contains("/") || ["UTC", "GMT"].contains(identifier.uppercased())
        guard isName, let zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: identifier.uppercased()) else {
            throw .invalidInput(
                "\"\(identifier)\" is not a time zone name we know.",
                fix: "Please use a time zone such as Europe/London, America/New_York or Asia/Tokyo."
            )
        }
        self.timeZone = zone
        self.name = identifier.contains("/") ? identifier : identifier.uppercased()
    }

    /// The timestamp of an instant, carrying this zone's offset at that instant.
    public func timestamp(epochSeconds: Int64) -> Timestamp {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epochSeconds)))
        return Timestamp(epochSeconds: epochSeconds, utcOffsetSeconds: offset)
    }

    /// The timestamp for `now`.
    public func timestamp(_ date: Date) -> Timestamp {
        timestamp(epochSeconds: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The instant at which the wall clock in this zone shows `secondsOfDay` on `date`.
    /// In a daylight-saving gap the clock moves forward; in an overlap the earlier instant is used.
    public func timestamp(localDate date: LocalDate, secondsOfDay: Int) -> Timestamp {
        let local = Int64(date.dayNumber) * 86_400 + Int64(secondsOfDay)
        let candidates = Set(
            [local - 86_400, local, local + 86_400].map {
                timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0)))
            }
        )
        let matching = candidates.map { local - Int64($0) }.filter { instant in
            Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))) == local - instant
        }
        if let earliest = matching.min() { return timestamp(epochSeconds: earliest) }
        // In a gap: use the offset from before the transition.
        let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - 86_400)))
        return timestamp(epochSeconds: local - Int64(before))
    }

    /// Today's local date at `now`.
    public func today(_ now: Date) -> LocalDate { timestamp(now).localDate }
}
