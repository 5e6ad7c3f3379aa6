public import Foundation

/// Where the current time comes from: the system, or a fixed instant for reproducible runs. One is made at start-up
/// and handed to everything that needs the time (logging, accounts, sessions, idempotency keys, rate limits).
public struct WallClock: Sendable {
    private let fixed: Date?
    /// The computer's time zone as its environment names it (`TZ`), for a person who hasn't set their own; nil when
    /// the environment doesn't say.
    public let zoneName: String?

    private init(fixed: Date?, zoneName: String?) {
        self.fixed = fixed
        self.zoneName = zoneName
    }

    /// The system's clock, in the zone this process's `TZ` names.
    public static let system = WallClock(fixed: nil, zoneName: ProcessInfo.processInfo.environment["TZ"])

    /// A clock that always says `date`.
    public static func fixed(_ date: Date, zoneName: String? = nil) -> WallClock { WallClock(fixed: date, zoneName: zoneName) }

    /// The current time.
    public func now() -> Date { fixed ?? Date() }

    /// Seconds since 1970 now.
    public var epochSeconds: Int64 { Int64(now().timeIntervalSince1970) }

    /// The clock `TWITCHLESS_NOW` asks for (ISO 8601 with an offset), else the system's, in the zone `TZ` names. Read
    /// once, at start-up.
    /// - Throws: `invalidInput` when the variable is set to something that isn't such a time.
    public static func fromEnvironment(_ environment: [String: String]) throws(TwitchlessError) -> WallClock {
        let zone = environment["TZ"]
        guard let text = environment["TWITCHLESS_NOW"], !text.isEmpty else { return WallClock(fixed: nil, zoneName: zone) }
        guard let stamp = Timestamp(iso8601: text) else {
            throw .invalidInput(
                "TWITCHLESS_NOW is set to \"\(text)\", which is not a time with an offset.",
                fix: "Unset it, or use a time like 2026-11-24T21:15:00+01:00."
            )
        }
        return .fixed(Date(timeIntervalSince1970: TimeInterval(stamp.epochSeconds)), zoneName: zone)
    }
}
