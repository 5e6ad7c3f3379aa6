/// Finds logged magnesium intakes that fall inside a medicine's timing window (POLICIES.md: the window, exactly).
public struct TimingCheck: Sendable {
    /// One intake too close to one dose.
    public struct Conflict: Hashable, Sendable {
        public var medicine: String
        public var dose: Timestamp
        public var product: String
        public var intake: Timestamp
        public var window: TimingWindow
    }

    public var matcher: MedicineMatcher

    public init(matcher: MedicineMatcher) { self.matcher = matcher }

    /// Every conflict between `intakes` and the doses of `medicines`, in the person's zone.
    public func conflicts(medicines: [Medicine], intakes: [SupplementIntake], clock: ZonedClock) -> [Conflict] {
        guard let first = intakes.map(\.takenAt.localDate).min(), let last = intakes.map(\.takenAt.localDate).max() else { return [] }
        var found: [Conflict] = []
        for medicine in medicines {
            guard let window = TimingWindow(rules: matcher.match(medicine.name, chosen: medicine.chosenRule).rules) else { continue }
            // A window reaches at most a day either side.
            let doses = medicine.doses(in: first.adding(days: -1)...last.adding(days: 1), clock: clock)
            for intake in intakes {
                for dose in doses where window.conflicts(dose: dose.at.epochSeconds, intake: intake.takenAt.epochSeconds) {
                    found.append(
                        Conflict(medicine: medicine.name, dose: dose.at, product: intake.productName, intake: intake.takenAt, window: window)
                    )
                }
            }
        }
        return found.sorted { ($0.intake, $0.medicine) < ($1.intake, $1.medicine) }
    }
}
