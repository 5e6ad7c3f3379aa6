/// The notices about medicines and magnesium: intakes too close to a dose, and each rule's advice.
public struct MedicineNotices: Sendable {
    public var matcher: MedicineMatcher

    public init(matcher: MedicineMatcher) { self.matcher = matcher }

    /// The row that names a window: the product row when there is one, else the class row.
    static func mainRule(_ window: TimingWindow) -> InteractionRule {
        window.rules.first(where: \.isProductRow) ?? window.rules[0]
    }

    /// The advice to quote: the row whose own gaps are the window's (a product row first), so the notice states the
    /// larger gap only; nil when no single row sets both of the window's gaps.
    static func quotedRule(_ window: TimingWindow) -> InteractionRule? {
        func gaps(_ rule: InteractionRule) -> (Int, Int) {
            (Int(((rule.beforeHours ?? 0) * 3600).rounded()), Int(((rule.afterHours ?? 0) * 3600).rounded()))
        }
        let matching = window.rules.filter { gaps($0) == (window.beforeSeconds, window.afterSeconds) }
        return matching.first(where: \.isProductRow) ?? matching.first
    }

    /// The advice that applies: the window in plain words, the quoted row's advice, and the antacid-label precaution.
    static func advice(_ window: TimingWindow) -> String {
        var text: String
        if let rule = quotedRule(window) {
            text = rule.advice
            if window.rules.count > 1 { text += " Where the sources give different gaps, Twitchless uses the larger one." }
        } else {
            text = "The sources give different gaps, so Twitchless uses the larger one on each side."
        }
        if window.rules.contains(where: \.isAntacidPrecaution) {
            text += " This comes from the medicine's label about magnesium antacids; Twitchless applies it to supplements as a precaution."
        }
        return text
    }

    /// One notice per medicine per day: how many magnesium intakes that day fell inside its gap, and the rule.
    public func timingNotices(_ conflicts: [TimingCheck.Conflict]) -> [Notice] {
        var order: [String] = []
        var groups: [String: [TimingCheck.Conflict]] = [:]
        for conflict in conflicts {
            let key = "\(conflict.medicine)|\(conflict.intake.localDate)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(conflict)
        }
        return order.map { key in
            let group = groups[key]!
            let first = group[0]
            let date = first.intake.localDate
            // Each intake once, even when it is near two doses.
            var seen = Set<String>()
            let intakes = group.filter { seen.insert("\($0.product)@\($0.intake.epochSeconds)").inserted }
            let doses = Array(Set(group.map(\.dose))).sorted()
            let doseText = doses.map { $0.localDate == date ? $0.clockText : "\($0.clockText) on \($0.localDate)" }.joined(separator: " and ")
            let list = intakes.map { "\($0.product) at \($0.intake.clockText)" }.joined(separator: ", ")
            let count = intakes.count == 1 ? "1 magnesium intake" : "\(intakes.count) magnesium intakes"
            let rule = Self.mainRule(first.window)
            return Notice(
                id: rule.id,
                severity: .warning,
                message:
                    "On \(DateWords.day(date)), \(count) fell inside the gap around your \(first.medicine) (\(doseText)): \(list). Magnesium can stop some of the medicine being absorbed, so \(first.window.plainText). \(Self.advice(first.window))",
                fix: "See the times that keep every gap.",
                next: .seeMagnesiumSchedule,
                source: Set(first.window.rules.map(\.source)).sorted().joined(separator: " ; ")
            )
        }
    }

    /// The advice of each medicine's rules: timing (as information), consult, avoid, and monitor
    /// (POLICIES.md: for long-term use, with a start date more than a year before `today`, or worded "if" without one).
    /// - Parameter includingOnce: whether to include long-term advice worded "if" for a medicine without a start date
    ///   (a standing information notice in `check`, on the Notices page, after `medicine add` and in the report).
    public func adviceNotices(_ medicines: [Medicine], today: LocalDate, includingTiming: Bool = true, includingOnce: Bool = true) -> [Notice] {
        var notices: [Notice] = []
        var seen = Set<String>()
        for medicine in medicines where medicine.isInEffect(on: today) {
            let match = matcher.match(medicine.name, chosen: medicine.chosenRule)
            if includingTiming, let window = TimingWindow(rules: match.rules) {
                let rule = Self.mainRule(window)
                if seen.insert(rule.id + "/" + medicine.name).inserted {
                    notices.append(
                        Notice(
                            id: rule.id,
                            severity: .info,
                            message: "\(medicine.name.sentenceCased) and magnesium: \(window.plainText). \(Self.advice(window))",
                            fix: nil,
                            source: Set(window.rules.map(\.source)).sorted().joined(separator: " ; ")
                        )
                    )
                }
            }
            for rule in match.rules where rule.kind != .separateTiming && seen.insert(rule.id + "/" + medicine.name).inserted {
                switch rule.kind {
                case .monitor where !rule.isLongTermMonitor:
                    notices.append(Notice(id: rule.id, severity: .info, message: rule.advice, fix: nil, source: rule.source))
                case .monitor:
                    if let start = medicine.startDate {
                        // "More than a year": the first anniversary of the start date has passed.
                        let anniversary =
                            LocalDate(year: start.year + 1, month: start.month, day: start.day)
                            ?? LocalDate(year: start.year + 1, month: start.month, day: start.day - 1)!
                        guard anniversary < today else { continue }
                        notices.append(
                            Notice(
                                id: rule.id,
                                severity: .info,
                                message: "You have taken \(medicine.name) for more than a year. \(rule.advice)",
                                fix: nil,
                                source: rule.source
                            )
                        )
                    } else if includingOnce {
                        notices.append(
                            Notice(
                                id: rule.id,
                                severity: .info,
                                message: "If you have taken \(medicine.name) for more than a year: \(rule.advice)",
                                fix: nil,
                                source: rule.source
                            )
                        )
                    }
                case .consult, .avoid:
                    notices.append(
                        Notice(
                            id: rule.id,
                            severity: .warning,
                            message: "\(medicine.name.sentenceCased): \(rule.advice)",
                            fix: nil,
                            source: rule.source
                        )
                    )
                case .separateTiming:
                    break
                }
            }
        }
        return notices
    }
}
