/// One record from another app's health data, reduced to what Twitchless uses, in Twitchless units.
///
/// Amounts are in the unit of the factor they feed: mg of caffeine or magnesium, litres of water, standard
/// drinks of alcohol. Sleep, relaxation and workouts are intervals; their `amount` is the minutes the source
/// reported (a workout's own duration, which leaves out pauses) and is used only to trim the interval.
public struct HealthSample: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case sleep, caffeine, water, magnesium, alcohol, mindful, workout

        /// True for kinds measured as time intervals rather than summed amounts.
        public var isInterval: Bool {
            switch self {
            case .sleep, .mindful, .workout: true
            case .caffeine, .water, .magnesium, .alcohol: false
            }
        }
    }

    public var kind: Kind
    /// The app or device that wrote the record ("Apple Watch", "AutoSleep").
    public var source: String
    /// Seconds since the epoch.
    public var start: Int64
    public var end: Int64
    /// The UTC offset printed with the start date (the phone's offset at export time, not always the record's own).
    public var printedOffset: Int
    public var amount: Double
    /// The IANA zone the record was made in (HealthKit's `HKTimeZone` metadata), when the record has one.
    public var timeZone: String?

    public init(kind: Kind, source: String, start: Int64, end: Int64, printedOffset: Int, amount: Double, timeZone: String? = nil) {
        self.kind = kind
        self.source = source
        self.start = start
        self.end = end
        self.printedOffset = printedOffset
        self.amount = amount
        self.timeZone = timeZone
    }

    /// What makes two records exact duplicates: the same kind, source, start, end and value.
    struct DuplicateKey: Hashable {
        var kind: Kind
        var source: String
        var start: Int64
        var end: Int64
        var amount: Double
    }

    var duplicateKey: DuplicateKey { DuplicateKey(kind: kind, source: source, start: start, end: end, amount: amount) }
}
