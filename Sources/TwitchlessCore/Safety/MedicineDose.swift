/// One scheduled dose of a medicine.
public struct MedicineDose: Hashable, Sendable {
    public var medicine: String
    public var at: Timestamp

    public init(medicine: String, at: Timestamp) {
        self.medicine = medicine
        self.at = at
    }
}

extension Medicine {
    /// The doses in effect on each day of `dates`, in the person's zone.
    public func doses(in dates: ClosedRange<LocalDate>, clock: ZonedClock) -> [MedicineDose] {
        var doses: [MedicineDose] = []
        var date = dates.lowerBound
        while date <= dates.upperBound {
            if isInEffect(on: date) {
                for time in schedule.times(on: date) {
                    doses.append(MedicineDose(medicine: name, at: clock.timestamp(localDate: date, secondsOfDay: time)))
                }
            }
            date = date.adding(days: 1)
        }
        return doses
    }
}
