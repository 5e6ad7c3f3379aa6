import TwitchlessCore

extension FHIRBundleWriter {
    /// How many days before the export's last day a product must have been logged to count as still taken.
    static let recentDays = 7

    /// A magnesium product with its logged intakes in the export's dates: one dosage per amount taken at a time,
    /// with the times as `timing.event`. Nil when nothing was logged in those dates.
    func supplementStatement(_ use: FHIRExport.SupplementUse, dates: ClosedRange<LocalDate>) -> JSONValue? {
        let intakes = use.intakes.filter { dates.contains($0.takenAt.localDate) }.sorted { $0.takenAt < $1.takenAt }
        guard let first = intakes.first, let last = intakes.last else { return nil }
        let product = use.product
        struct Amount: Hashable, Comparable {
            var servings: Double
            var elemental: Milligrams
            static func < (a: Amount, b: Amount) -> Bool { (a.servings, a.elemental) < (b.servings, b.elemental) }
        }
        let groups = Dictionary(grouping: intakes) { Amount(servings: $0.servings, elemental: $0.elemental) }
        let dosages: [JSONValue] = groups.keys.sorted().map { amount in
            let times = groups[amount]!
            let text =
                "\(DecimalText.format(amount.servings)) × \(product.servingUnit) = \(amount.elemental.decimalText) mg elemental magnesium, "
                + "logged \(times.count) \(times.count == 1 ? "time" : "times")"
            return [
                "text": .string(text),
                "timing": ["event": .array(times.map { .string($0.takenAt.iso8601) })],
                "doseAndRate": [
                    [
                        "doseQuantity": [
                            "value": .number(amount.elemental.value), "unit": "mg", "system": "http://unitsofmeasure.org", "code": "mg",
                        ]
                    ]
                ],
            ]
        }
        let isRecent = last.takenAt.localDate >= dates.upperBound.adding(days: -(Self.recentDays - 1))
        let kind = product.kind == .medicine ? "magnesium-containing medicine" : "magnesium supplement"
        return [
            "resourceType": "MedicationStatement",
            "id": .string(ids.uuid("supplement/\(SupplementProduct.nameKey(product.name))")),
            "status": .string(isRecent ? "active" : "completed"),
            "medicationCodeableConcept": [
                "text": .string("\(product.name) (\(kind), \(product.elementalText) elemental magnesium per \(product.servingUnit))")
            ],
            "subject": patientReference,
            "informationSource": patientReference,
            "effectivePeriod": ["start": .string(first.takenAt.iso8601), "end": .string(last.takenAt.iso8601)],
            "dosage": .array(dosages),
        ]
    }

    /// A medicine the person takes, with its schedule as `timing.repeat` and, when a source sets one, the gap
    /// magnesium keeps from it as a note.
    func medicineStatement(_ use: FHIRExport.MedicineUse, dates: ClosedRange<LocalDate>) -> JSONValue {
        let medicine = use.medicine
        let status: String
        if let start = medicine.startDate, start > dates.upperBound {
            status = "intended"
        } else if let end = medicine.endDate, end < dates.upperBound {
            status = "completed"
        } else {
            status = "active"
        }
        var members: [String: JSONValue] = [
            "resourceType": "MedicationStatement",
            "id": .string(ids.uuid("medicine/\(Medicine.nameKey(medicine.name))")),
            "status": .string(status),
            "medicationCodeableConcept": ["text": .string(medicine.name)],
            "subject": patientReference,
            "informationSource": patientReference,
            "dosage": [["text": .string("Taken \(medicine.schedule.description)"), "timing": ["repeat": timingRepeat(medicine.schedule)]]],
        ]
        var period: [String: JSONValue] = [:]
        if let start = medicine.startDate { period["start"] = .string(start.description) }
        if let end = medicine.endDate { period["end"] = .string(end.description) }
        if !period.isEmpty { members["effectivePeriod"] = .object(period) }
        if let timing = use.magnesiumTiming { members["note"] = [["text": .string("Magnesium: \(timing).")]] }
        return .object(members)
    }

    /// `Timing.repeat` for a schedule (a monthly day of the month has no field, so the dosage text says it).
    func timingRepeat(_ schedule: MedicineSchedule) -> JSONValue {
        func clock(_ seconds: Int) -> JSONValue { .string(Timestamp.clockText(secondsOfDay: seconds) + ":00") }
        switch schedule {
        case .daily(let times):
            return ["frequency": .integer(Int64(times.count)), "period": .integer(1), "periodUnit": "d", "timeOfDay": .array(times.map(clock))]
        case .weekly(let weekday, let time):
            let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            return [
                "frequency": .integer(1), "period": .integer(1), "periodUnit": "wk", "dayOfWeek": [.string(days[weekday - 1])],
                "timeOfDay": [clock(time)],
            ]
        case .monthly(_, let time):
            return ["frequency": .integer(1), "period": .integer(1), "periodUnit": "mo", "timeOfDay": [clock(time)]]
        }
    }
}
