import Foundation
package import TwitchlessCore
package import TwitchlessIO
package import TwitchlessReference

/// Short guide topics, every point taken from the sourced reference files and shown with its source.
package struct Guide {
    package struct Point: Encodable, Sendable {
        package let text: String
        package let source: String
        /// What the person can do about it, when there is something.
        package var next: NextStep?

        /// Text and source only: what the person can do is said by each surface in its own words.
        private enum CodingKeys: String, CodingKey { case text, source }

        init(text: String, source: String, next: NextStep? = nil) {
            self.text = text
            self.source = source
            self.next = next
        }
    }

    package struct Topic: Encodable, Sendable {
        package let id: String
        package let title: String
        package let points: [Point]
    }

    package static let topics: [(id: String, title: String)] = [
        ("magnesium", "Using magnesium well"), ("forms", "Magnesium forms"), ("triggers", "What can set off twitches and cramps"),
        ("sleep", "Sleep and tiredness"), ("stress", "Stress and worry"), ("hydration", "Drinking enough"),
        ("caffeine", "Caffeine"), ("alcohol", "Alcohol"), ("evidence", "What the evidence says"), ("doctor", "When to see a doctor"),
    ]

    package let library: ReferenceLibrary
    package let targets: IntakeTargets
    package init(library: ReferenceLibrary, targets: IntakeTargets) {
        self.library = library
        self.targets = targets
    }

    package func topic(_ id: String) throws(TwitchlessError) -> Topic {
        guard let title = Self.topics.first(where: { $0.id == id })?.title else {
            throw .invalidInput("There is no guide topic \"\(id)\".", fix: "The topics are: \(Self.topics.map(\.id).joined(separator: ", ")).")
        }
        return Topic(id: id, title: title, points: try points(id))
    }

    func trigger(_ id: String) throws(TwitchlessError) -> Point? {
        let table = try library.table("triggers.csv")
        guard let row = table.rows.first(where: { table.value($0, "id") == id }) else { return nil }
        var text = "\(table.value(row, "trigger")): \(table.value(row, "quote_or_basis"))"
        let notes = table.value(row, "notes")
        if notes.hasPrefix("NHS self-help"), let advice = notes.components(separatedBy: ". ").first { text += ". " + advice + "." }
        return Point(text: text, source: table.value(row, "source"))
    }

    func limit(_ id: String) throws(TwitchlessError) -> (value: String, row: CSVRow)? {
        let table = try library.table("reference_limits.csv")
        guard let row = table.rows.first(where: { table.value($0, "id") == id }) else { return nil }
        return (table.value(row, "value") + " " + table.value(row, "unit"), CSVRow(table: table, record: row))
    }

    struct CSVRow {
        let table: ReferenceTable
        let record: TwitchlessIOCSVRecord
        func callAsFunction(_ column: String) -> String { table.value(record, column) }
    }

    func points(_ id: String) throws(TwitchlessError) -> [Point] {
        switch id {
        case "magnesium":
            var points: [Point] = []
            if let recommended = targets.recommended {
                points.append(
                    Point(
                        text:
                            "Your recommended intake (\(recommended.kind.rawValue)) is \(recommended.text) a day from all sources: food, drinks and supplements (\(recommended.lifeStage)).",
                        source: recommended.citations.first?.source ?? ""
                    )
                )
            }
            if case .established(let limit, let body, let row) = targets.upperLimit {
                points.append(
                    Point(
                        text:
                            "The upper limit for supplements is \(limit.rounded) mg a day (\(body.displayName)). It counts supplements and magnesium medicines such as antacids and laxatives, never food.",
                        source: row.citation.source
                    )
                )
            }
            points.append(
                Point(
                    text:
                        "Use the elemental magnesium on the label (\"Magnesium 100 mg (as glycinate)\"). A form's percentage is only for converting a compound's weight when the label gives nothing else.",
                    source: "POLICIES.md (Supplement products) ; supplement_forms.csv"
                )
            )
            if let dose = try library.noticeBook().notice(.diarrhoeaDose) { points.append(Point(text: dose.message, source: dose.source)) }
            let rules = try library.interactionRules()
            if let kidney = rules.first(where: { $0.id == "kidney_disease" }) { points.append(Point(text: kidney.advice, source: kidney.source)) }
            let timing = rules.filter { $0.kind == .separateTiming && !$0.isProductRow }.map(\.drugClass)
            points.append(
                Point(
                    text:
                        "Magnesium must be kept apart from some medicines: \(timing.joined(separator: "; ")), and others. Add yours, and Twitchless shows the day's magnesium times that keep every gap.",
                    source:
                        "NIH Office of Dietary Supplements. Magnesium - Health Professional Fact Sheet. https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/ ; medication_interactions.csv",
                    next: .addMedicine
                )
            )
            return points
        case "forms":
            var points: [Point] = []
            var seen = Set<String>()
            for form in try library.formCatalog().forms where seen.insert(FormCatalog.saltKey(of: form.id)).inserted {
                let states = try library.formCatalog().forms.filter { FormCatalog.saltKey(of: $0.id) == FormCatalog.saltKey(of: form.id) }
                let percents = states.map(\.percentText)
                let share = percents.count == 1 ? percents[0] : "\(percents.min()!)–\(percents.max()!) depending on the form"
                points.append(
                    Point(
                        text: "\(form.name): \(share) magnesium. Absorption: \(form.absorptionStatement) Gut: \(form.gutStatement)",
                        source: [form.absorptionSource, form.gutSource, form.citation.source].first { !$0.isEmpty } ?? form.citation.source
                    )
                )
            }
            return points
        case "triggers":
            let table = try library.table("triggers.csv")
            return table.rows.map {
                Point(
                    text:
                        "\(table.value($0, "trigger")) (\(table.value($0, "applies_to").replacingOccurrences(of: ";", with: ","))): \(table.value($0, "quote_or_basis"))",
                    source: table.value($0, "source")
                )
            }
        case "sleep":
            return [try trigger("T02_tiredness_sleep")].compactMap { $0 }
        case "stress":
            return [try trigger("T01_stress"), try trigger("T17_worry")].compactMap { $0 }
        case "hydration":
            return [try trigger("T11_dehydration"), try trigger("T12_exercise")].compactMap { $0 }
        case "caffeine":
            var points = [try trigger("T03_caffeine")].compactMap { $0 }
            if let daily = try limit("caffeine_daily_limit_adult") {
                points.append(Point(text: "\(daily.row("quantity")): \(daily.value) for \(daily.row("population")).", source: daily.row("source")))
            }
            let drinks = try library.caffeineSources().filter {
                $0.id.hasPrefix("mayo_") && $0.caffeineMg > 0 && !$0.item.lowercased().contains("decaf")
            }
            points.append(
                Point(
                    text: "Caffeine per serving: "
                        + drinks.map { "\($0.item.lowercased()) \($0.serving) \(DecimalText.format($0.caffeineMg)) mg" }.joined(separator: "; ")
                        + ".",
                    source: drinks.first?.citation.source ?? ""
                )
            )
            return points
        case "alcohol":
            var points = [try trigger("T04_alcohol")].compactMap { $0 }
            if let grams = try limit("alcohol_standard_drink_g"), let beer = try limit("alcohol_beer"), let wine = try limit("alcohol_wine"),
                let spirits = try limit("alcohol_spirits")
            {
                points.append(
                    Point(
                        text:
                            "One standard drink holds \(grams.value) of pure alcohol: about \(beer.value) of regular beer, \(wine.value) of wine or \(spirits.value) of spirits.",
                        source: grams.row("source")
                    )
                )
            }
            return points
        case "evidence":
            return try library.evidencePoints().map { Point(text: $0.text, source: $0.source) }
        case "doctor":
            let flags = try library.redFlags().filter(\.isActive)
            let order: [RedFlag.Urgency] = [.emergency, .urgent, .routineGP]
            var points: [Point] = []
            if let breathing = flags.first(where: { $0.urgency == .emergency }) {
                points.append(Point(text: "If something feels like an emergency, call your local emergency number first.", source: breathing.source))
            }
            for urgency in order {
                for flag in flags where flag.urgency == urgency {
                    points.append(Point(text: "\(flag.sign): \(flag.message)", source: flag.source))
                }
            }
            return points
        default:
            return []
        }
    }
}

package typealias TwitchlessIOCSVRecord = TwitchlessIO.CSVRecord
