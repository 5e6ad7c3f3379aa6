/// How far apart magnesium must be from a medicine's doses, combined over every timing row that applies.
///
/// POLICIES.md: where a class row and a product row both match, each side's window is the larger of the two.
/// With a dose at time d, magnesium at time t conflicts when d − after < t < d + before, or t = d.
public struct TimingWindow: Hashable, Sendable {
    /// Seconds the medicine must come before the magnesium (0 when no source sets a gap on this side).
    public var beforeSeconds: Int
    /// Seconds the medicine must come after the magnesium (0 when no source sets a gap on this side).
    public var afterSeconds: Int
    /// The timing rows it combines.
    public var rules: [InteractionRule]

    /// The combined window of the timing rows among `rules`, or nil when none has a timing rule.
    public init?(rules: [InteractionRule]) {
        let timing = rules.filter { $0.kind == .separateTiming }
        guard !timing.isEmpty else { return nil }
        self.rules = timing
        self.beforeSeconds = Int(((timing.compactMap(\.beforeHours).max() ?? 0) * 3600).rounded())
        self.afterSeconds = Int(((timing.compactMap(\.afterHours).max() ?? 0) * 3600).rounded())
    }

    /// Whether magnesium at `intake` conflicts with a dose at `dose` (both epoch seconds).
    public func conflicts(dose: Int64, intake: Int64) -> Bool {
        intake == dose || (dose - Int64(afterSeconds) < intake && intake < dose + Int64(beforeSeconds))
    }

    /// "at least 4 hours after and 4 hours before it", in plain words about the magnesium.
    public var plainText: String {
        func hours(_ seconds: Int) -> String {
            if seconds % 3600 == 0 { return seconds == 3600 ? "1 hour" : "\(seconds / 3600) hours" }
            if seconds < 3600 { return "\(seconds / 60) minutes" }
            return "\(DecimalText.format(Double(seconds) / 3600, digits: 1)) hours"
        }
        switch (beforeSeconds > 0, afterSeconds > 0) {
        case (true, true): return "take magnesium at least \(hours(beforeSeconds)) after the medicine, or at least \(hours(afterSeconds)) before it"
        case (true, false): return "take magnesium at least \(hours(beforeSeconds)) after the medicine"
        case (false, true): return "take magnesium at least \(hours(afterSeconds)) before the medicine"
        case (false, false): return "don't take magnesium at the same time as the medicine"
        }
    }
}
