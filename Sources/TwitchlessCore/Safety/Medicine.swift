/// A medicine the person takes, by generic name, with its schedule and the dates it is in effect.
public struct Medicine: Hashable, Sendable {
    public var name: String
    public var schedule: MedicineSchedule
    public var startDate: LocalDate?
    /// The last day of a course (antibiotics end).
    public var endDate: LocalDate?
    /// The chosen product row when a generic has product rows with different rules (risedronate).
    public var chosenRule: String?

    public init(name: String, schedule: MedicineSchedule, startDate: LocalDate? = nil, endDate: LocalDate? = nil, chosenRule: String? = nil) {
        self.name = name
        self.schedule = schedule
        self.startDate = startDate
        self.endDate = endDate
        self.chosenRule = chosenRule
    }

    /// Whether the medicine is taken on `date`.
    public func isInEffect(on date: LocalDate) -> Bool {
        if let startDate, date < startDate { return false }
        if let endDate, date > endDate { return false }
        return true
    }

    /// The key that makes names unique per person.
    public static func nameKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
