/// The notices about medicines and magnesium: intakes too close to a dose, and each rule's advice.
public struct MedicineNotices: Sendable {
    public var matcher: MedicineMatcher

    public init(matcher: MedicineMatcher) { self.matcher = matcher }

    /// The row that names a window: the product row when there is one, else the class row.
    static func mainRule(_ window: TimingWindow) -> InteractionRule {
        window.rules.first(where: \.isProductRow) ?? window.rules[0]
    }

    /// The row's advice, with what the app adds: the larger gap when sources differ, and the antacid-label precaution.
    static func advice(_ window: TimingWindow) -> String {
        let rule = mainRule(window)
        var text = rule.advice
        let own = (Int(((rule.beforeHours ?? 0) * 3600).rounded()), Int(((rule.afterHours ?? 0) * 3600).rounded()))
        if own != (window.beforeSeconds, window.afterSeconds) {
            text += " The sources differ, so Twitchless uses the larger gap on each side."
        }
        if window.rules.contains(where: \.isAntacidPrecaution) {
            text += " This comes from the medicine's label about magnesium antacids; Twitchless applies it to supplements as a precaution."
        }
        return text
    }

    /// One notice per intake that falls inside a medicine's window.
    public func timingNotices(_ conflicts: [TimingCheck.Conflict]) -> [Notice] {
        conflicts.map { conflict in
            let rule = Self.mainRule(conflict.window)
            let sameDay = conflict.dose.localDate == conflict.intake.localDate
            let doseText = sameDay ? conflict.dose.clockText : "\(conflict.dose.clockText) on \(conflict.dose.localDate)"
            return Notice(
                id: rule.id, severity: .warning,
                message: "\(conflict.product) at \(conflict.intake.clockText) on \(conflict.intake.localDate) was close to your \(conflict.medicine) dose at \(doseText). Magnesium can stop some of the medicine being absorbed, so \(conflict.window.plainText). \(Self.advice(conflict.window))",
                fix: "See the times that keep every gap with: twitchless magnesium schedule",
                source: Set(conflict.window.rules.map(\.source)).sorted().joined(separator: " ; ")
            )
        }
    }

    /// The advice of each medicine's rules: timing (as information), consult, avoid, and monitor
    /// (POLICIES.md: for long-term use, with a start date more than a year before `today`, or worded "if" without one).
    /// - Parameter includingOnce: whether to include advice given once only (timing information, and long-term
    ///   advice worded "if" for a medicine without a start date), as after `medicine add` and in the report.
    public func adviceNotices(_ medicines: [Medicine], today: LocalDate, includingTiming: Bool = true, includingOnce: Bool = true) -> [Notice] {
        var notices: [Notice] = []
        var seen = Set<String>()
        for medicine in medicines where medicine.isInEffect(on: today) {
            let match = matcher.match(medicine.name, chosen: medicine.chosenRule)
            if includingTiming, let window = TimingWindow(rules: match.rules) {
                let rule = Self.mainRule(window)
                if seen.insert(rule.id + "/" + medicine.name).inserted {
                    notices.append(Notice(id: rule.id, severity: .info,
                        message: "\(medicine.name.sentenceCased) and magnesium: \(window.plainText). \(Self.advice(window))",
                        fix: nil, source: Set(window.rules.map(\.source)).sorted().joined(separator: " ; ")))
                }
            }
            for rule in match.rules where rule.kind != .separateTiming && seen.insert(rule.id).inserted {
                switch rule.kind {
                case .monitor where !rule.isLongTermMonitor:
                    notices.append(Notice(id: rule.id, severity: .info, message: rule.advice, fix: nil, source: rule.source))
                case .monitor:
                    if let start = medicine.startDate {
                        // "More than a year": the first anniversary of the start date has passed.
                        let anniversary = LocalDate(year: start.year + 1, month: start.month, day: start.day)
                            ?? LocalDate(year: start.year + 1, month: start.month, day: start.day - 1)!
                        guard anniversary < today else { continue }
                        notices.append(Notice(id: rule.id, severity: .info, message: "You have taken \(medicine.name) for more than a year. \(rule.advice)", fix: nil, source: rule.source))
                    } else if includingOnce {
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
