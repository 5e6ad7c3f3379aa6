/// Turns health records into values per local day, without double counting.
///
/// - Amounts (caffeine, water, magnesium, alcohol) are summed on the local date their record started.
/// - Sleep is the union of the asleep intervals of every source within the night ending on a morning: the
///   night of a date runs from 18:00 the evening before to 18:00 that day, so watch stages, a phone and a sleep
///   app recording the same night count once.
/// - Relaxation sessions and workouts are the union of their intervals within each local calendar day.
/// - Exact duplicates (same kind, source, start, end and value) count once.
/// - The day is found by converting the instant into a named zone (the record's own zone when it has one,
///   else the person's), never from the printed date, whose offset is the phone's at export time.
public struct HealthDayAggregator: Sendable {
    /// What happened to the records of one kind.
    public struct Tally: Hashable, Sendable, Codable {
        public var records = 0
        public var used = 0
        public var duplicates = 0
        public var future = 0
        public var invalid = 0
        /// The first and last date with a value stored (for sleep, the morning the night ended).
        public var first: LocalDate?
        public var last: LocalDate?
        /// Day values left out because they are beyond what a day can hold (more than 24 hours of sleep).
        public var implausibleDays = 0
        public var days = 0

        public init() {}
    }

    /// How far past "now" a record may end (a phone's clock a little ahead) before it counts as future-dated.
    public static let clockSlackSeconds: Int64 = 300
    /// The longest a single sleep, relaxation or workout record can last.
    public static let longestIntervalSeconds: Int64 = 24 * 3_600

    /// The evening hour at which one night's sleep ends and the next begins.
    public static let nightBoundarySeconds = 18 * 3_600

    private let clock: ZonedClock
    private let now: Int64
    private let today: LocalDate
    /// 64-bit fingerprints of the records seen, so memory grows by a few bytes per used record, not by the record.
    private var seen: Set<Int> = []
    private var sums: [HealthSample.Kind: [LocalDate: Double]] = [:]
    private var pieces: [HealthSample.Kind: [LocalDate: [Range<Int64>]]] = [:]
    private var zones: [String: ZonedClock] = [:]
    public private(set) var tallies: [HealthSample.Kind: Tally] = [:]

    /// - Parameters:
    ///   - clock: the person's zone, for records that don't name their own.
    ///   - now: records starting after this instant are future-dated (a wrong device clock) and left out.
    public init(clock: ZonedClock, now: Int64) {
        self.clock = clock
        self.now = now
        self.today = clock.timestamp(epochSeconds: now).localDate
    }

    /// Counts a record that was read but can't be used (no value, an unknown unit, end before start).
    public mutating func addInvalid(_ kind: HealthSample.Kind) {
        tallies[kind, default: Tally()].records += 1
        tallies[kind, default: Tally()].invalid += 1
    }

    /// Adds one record.
    public mutating func add(_ sample: HealthSample) {
        var tally = tallies[sample.kind, default: Tally()]
        defer { tallies[sample.kind] = tally }
        tally.records += 1
        guard sample.end >= sample.start, sample.amount.isFinite, sample.amount >= 0 else {
            tally.invalid += 1
            return
        }
        // A device with a wrong clock writes records that start or end in the future; leave them out whole.
        guard sample.start <= now, sample.end <= now + Self.clockSlackSeconds else {
            tally.future += 1
            return
        }
        // No single sleep, relaxation or workout record lasts more than a day; a longer one is a clock error.
        guard !sample.kind.isInterval || sample.end - sample.start <= Self.longestIntervalSeconds else {
            tally.invalid += 1
            return
        }
        guard seen.insert(sample.duplicateKey.hashValue).inserted else {
            tally.duplicates += 1
            return
        }
        let zone = zoneClock(for: sample.timeZone)
        let startDate = zone.timestamp(epochSeconds: sample.start).localDate
        guard LocalDate.loggable.contains(startDate) else {
            tally.invalid += 1
            return
        }
        tally.used += 1
        if sample.kind.isInterval {
            var end = sample.end
            if sample.kind == .workout, sample.amount > 0 {
                end = min(end, sample.start + Int64((sample.amount * 60).rounded()))
            }
            guard end > sample.start else { return }
            let boundary = sample.kind == .sleep ? Self.nightBoundarySeconds : 0
            split(sample.start..<end, kind: sample.kind, zone: zone, boundary: boundary)
        } else {
            sums[sample.kind, default: [:]][startDate, default: 0] += sample.amount
        }
    }

    /// The values per day, keyed by the kind of record they came from, with the tallies' day counts filled in.
    public mutating func finish() -> [LocalDate: [HealthSample.Kind: Double]] {
        var days: [LocalDate: [HealthSample.Kind: Double]] = [:]
        for (kind, byDate) in sums {
            for (date, total) in byDate { store(total, kind: kind, date: date, into: &days) }
        }
        for (kind, byDate) in pieces {
            for (date, ranges) in byDate {
                let seconds = Self.unionLength(ranges)
                let value = kind == .sleep ? Double(seconds) / 3_600 : Double(seconds) / 60
                store(value, kind: kind, date: date, into: &days)
            }
        }
        return days
    }

    /// The days' values as imported day values, magnesium placed where the person said it came from.
    public static func importedDays(_ days: [LocalDate: [HealthSample.Kind: Double]], magnesium: MagnesiumOrigin?) -> [ImportedDay] {
        days.keys.sorted().compactMap { date in
            var day = ImportedDay(date: date)
            for (kind, value) in days[date]! {
                if kind == .magnesium, magnesium == nil { continue }
                day.values[ImportedFactor.of(kind, magnesium: magnesium ?? .supplement)] = value
            }
            return day.values.isEmpty ? nil : day
        }
    }

    private mutating func store(_ value: Double, kind: HealthSample.Kind, date: LocalDate, into days: inout [LocalDate: [HealthSample.Kind: Double]])
    {
        guard date <= today else {
            tallies[kind, default: Tally()].future += 1
            return
        }
        let rounded = (value * 1_000).rounded() / 1_000
        if let factor = ImportedFactor.of(kind, magnesium: .supplement).dayFactor, let range = factor.range, !range.contains(rounded) {
            tallies[kind, default: Tally()].implausibleDays += 1
            return
        }
        days[date, default: [:]][kind] = rounded
        var tally = tallies[kind, default: Tally()]
        tally.days += 1
        tally.first = min(tally.first ?? date, date)
        tally.last = max(tally.last ?? date, date)
        tallies[kind] = tally
    }

    private mutating func zoneClock(for name: String?) -> ZonedClock {
        guard let name else { return clock }
        if let known = zones[name] { return known }
        let zone = (try? ZonedClock(identifier: name)) ?? clock
        zones[name] = zone
        return zone
    }

    /// Cuts an interval at the zone's day boundaries (midnight, or 18:00 for nights) and files each piece under its date.
    private mutating func split(_ interval: Range<Int64>, kind: HealthSample.Kind, zone: ZonedClock, boundary: Int) {
        var start = interval.lowerBound
        while start < interval.upperBound {
            let local = zone.timestamp(epochSeconds: start)
            let date = local.secondsOfDay >= boundary && boundary > 0 ? local.localDate.adding(days: 1) : local.localDate
            let next =
                boundary > 0
                ? zone.timestamp(localDate: date, secondsOfDay: boundary).epochSeconds
                : zone.timestamp(localDate: date.adding(days: 1), secondsOfDay: 0).epochSeconds
            let end = next > start ? min(next, interval.upperBound) : interval.upperBound
            pieces[kind, default: [:]][date, default: []].append(start..<end)
            start = end
        }
    }

    /// The total length covered by the ranges, overlaps counted once.
    static func unionLength(_ ranges: [Range<Int64>]) -> Int64 {
        var total: Int64 = 0
        var current: Range<Int64>?
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let open = current, range.lowerBound <= open.upperBound {
                current = open.lowerBound..<max(open.upperBound, range.upperBound)
            } else {
                if let open = current { total += Int64(open.count) }
                current = range
            }
        }
        if let open = current { total += Int64(open.count) }
        return total
    }
}
