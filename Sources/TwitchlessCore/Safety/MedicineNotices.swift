/// The notices about medicines and magnesium: intakes too close to a dose, and each rule's advice.
public struct MedicineNotices: Sendable {
    public var matcher: MedicineMatcher

    public init(matcher: MedicineMatcher) { self.matcher = matcher }

    /// The row that names a window: the product row when there is one, else the class row.
    static func mainRule(_ window: TimingWindow) -> InteractionRule {
        window.rules.first(where: \.isProductRow) ?? window.rules[0]
    }

    /// One notice per intake that falls inside a medicine's window.
    public func timingNotices(_ conflicts: [TimingCheck.Conflict]) -> [Notice] {
        conflicts.map { conflict in
            let rule = Self.mainRule(conflict.window)
            let sameDay = conflict.dose.localDate == conflict.intake.localDate
            let doseText = sameDay ? conflict.dose.clockText : "\(conflict.dose.clockText) on \(conflict.dose.localDate)"
            return Notice(
                id: rule.id, severity: .warning,
                message: "\(conflict.product) at \(conflict.intake.clockText) on \(conflict.intake.localDate) was close to your \(conflict.medicine) dose at \(doseText). Magnesium can stop some of the medicine being absorbed, so \(conflict.window.plainText). \(rule.advice)",
                fix: "See the times that keep every gap with: twitchless magnesium schedule",
                source: Set(conflict.window.rules.map(\.source)).sorted().joined(separator: " ; ")
            )
        }
    }

    /// The advice of each medicine's rules: timing (as information), consult, avoid, and monitor
    /// (POLICIES.md: for long-term use, with a start date more than a year before `today`, or worded "if" without one).
    public func adviceNotices(_ medicines: [Medicine], today: LocalDate, includingTiming: Bool = true) -> [Notice] {
        var notices: [Notice] = []
        var seen = Set<String>()
        for medicine in medicines where medicine.isInEffect(on: today) {
            let match = matcher.match(medicine.name, chosen: medicine.chosenRule)
            if includingTiming, let window = TimingWindow(rules: match.rules) {
                let rule = Self.mainRule(window)
                if seen.insert(rule.id + "/" + medicine.name).inserted {
                    notices.append(Notice(id: rule.id, severity: .info,
                        message: "\(medicine.name.sentenceCased) and magnesium: \(window.plainText). \(rule.advice)",
                        fix: nil, source: Set(window.rules.map(\.source)).sorted().joined(separator: " ; ")))
                }
            }
            for rule in match.rules where rule.kind != .separateTiming && seen.insert(rule.id).inserted {
                switch rule.kind {
                case .monitor:
                    if let start = medicine.startDate {
                        guard start.adding(days: 365) < today else { continue }
                        notices.append(Notice(id: rule.id, severity: .info, message: "You have taken \(medicine.name) for more than a year. \(rule.advice)", fix: nil, source: rule.source))
                    } else {
                        notices.append(Notice(id: rule.id, severity: .info, message: "If you have taken \(medicine.name) for more than a year: \(rule.advice)", fix: nil, source: rule.source))
                    }
                case .consult, .avoid:
                    notices.append(Notice(id: rule.id, severity: .warning, message: "\(medicine.name.sentenceCased): \(rule.advice)", fix: nil, source: rule.source))
                case .separateTiming:
                    break
                }
            }
        }
        return notices
    }
}
