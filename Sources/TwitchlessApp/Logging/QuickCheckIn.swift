package import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The day's check-in in one short form: sleep, stress, drinks counted as "2 coffees", alcohol and water, filled in
/// with the person's usual answers so a typical day takes one tap. One action for the web app (and any surface that
/// wants the same short form); the full check-in stays on a day's page.
package enum QuickCheckIn {
    /// The drinks the form counts, by their row in the sourced caffeine table, with the words the form uses.
    package static let drinkChoices: [(id: String, label: String)] = [
        ("mayo_coffee_brewed", "Cups of coffee"), ("mayo_espresso", "Espressos"), ("mayo_tea_black", "Cups of black tea"),
        ("mayo_tea_green", "Cups of green tea"), ("mayo_cola", "Colas"), ("mayo_energy_drink", "Energy drinks"),
    ]

    /// The factors the short form asks for besides drinks.
    package static let factors: [DayFactor] = [.sleepHours, .stress, .alcoholDrinks, .waterLiters]

    /// How many recent check-ins "usual" looks at, and how many answers it needs.
    static let usualDays = 28
    static let usualMinimum = 3
    static let drinksSetting = "quick_check_in_drinks"

    package struct Drink: Sendable {
        package var id: String
        package var label: String
        package var serving: String
        package var caffeineMg: Double
        /// The count the form starts with: today's, else the last one given.
        package var count: Int
    }

    package struct Form: Sendable {
        package var date: LocalDate
        package var isCheckedIn: Bool
        /// The value each field starts with, and whether it is the person's usual answer (rather than today's own).
        package var values: [DayFactor: Double]
        package var usual: Set<DayFactor>
        package var drinks: [Drink]
        /// Whether the drink counts are today's (else the last ones given, or none).
        package var drinksAreToday: Bool
    }

    /// The form for today: today's own answers where there are some, else the usual ones (the median of recent
    /// check-ins, once there are enough).
    package static func form(context: AppContext) async throws(TwitchlessError) -> Form {
        let today = context.today
        let (own, recent, saved) = try await context.read { session in
            (
                try await session.ownDayLog(on: today),
                try await session.ownDayLogs(in: today.adding(days: -usualDays)...today.adding(days: -1)),
                try await session.setting(drinksSetting)
            )
        }
        var values: [DayFactor: Double] = [:]
        var usual: Set<DayFactor> = []
        for factor in factors {
            if let value = own?.value(of: factor) {
                values[factor] = value
            } else if let value = median(recent.filter(\.isTracked).compactMap { $0.value(of: factor) }) {
                values[factor] = value
                usual.insert(factor)
            }
        }
        let remembered = parseDrinks(saved)
        let sources = Dictionary(try context.reference.caffeineSources().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let drinks = drinkChoices.compactMap { choice -> Drink? in
            guard let source = sources[choice.id] else { return nil }
            return Drink(
                id: choice.id,
                label: choice.label,
                serving: source.serving,
                caffeineMg: source.caffeineMg,
                count: remembered.counts[choice.id] ?? 0
            )
        }
        return Form(
            date: today,
            isCheckedIn: own?.isTracked ?? false,
            values: values,
            usual: usual,
            drinks: drinks,
            drinksAreToday: remembered.date == today
        )
    }

    /// The answers as the form sends them; a factor left out keeps what is stored.
    package struct Answers: Sendable {
        package var values: [DayFactor: String]
        /// Drink counts by the drink's id; when given, they replace the day's caffeine with their total.
        package var drinks: [String: Int]?
        /// The day the answers are for (today when nil): a check-in made offline and sent later keeps its day.
        package var date: String?

        package init(values: [DayFactor: String], drinks: [String: Int]?, date: String? = nil) {
            self.values = values
            self.drinks = drinks
            self.date = date
        }
    }

    /// Checks in for today with the answers; the drinks set the day's caffeine to their total and are remembered
    /// for the next form.
    /// - Throws: `invalidInput` for a value out of range, an unknown drink or a count that can't be right.
    package static func save(_ answers: Answers, context: AppContext) async throws(TwitchlessError) -> DayCheckIn.Outcome {
        var values = answers.values.filter { factors.contains($0.key) }
        var remembered: String?
        if let drinks = answers.drinks {
            let sources = Dictionary(try context.reference.caffeineSources().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var total = 0.0
            for (id, count) in drinks.sorted(by: { $0.key < $1.key }) {
                guard drinkChoices.contains(where: { $0.id == id }), let source = sources[id] else {
                    throw .invalidInput("\"\(id)\" is not one of the drinks this form counts.", fix: "Count coffee, tea, cola or energy drinks.")
                }
                guard (0...30).contains(count) else {
                    throw .invalidInput("\(count) \(source.item.lowercased()) in a day can't be right.", fix: "Please give a number from 0 to 30.")
                }
                total += Double(count) * source.caffeineMg
            }
            values[.caffeineMg] = DecimalText.exact((total * 10).rounded() / 10)
            remembered =
                "\(try context.date(answers.date));"
                + drinks.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        }
        let outcome = try await DayCheckIn.save(.init(date: answers.date, values: values), context: context)
        if let remembered { try await context.write { try await $0.saveSetting(drinksSetting, remembered) } }
        return outcome
    }

    /// The median of `values`, or nil with fewer than `usualMinimum`.
    static func median(_ values: [Double]) -> Double? {
        guard values.count >= usualMinimum else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// "2026-11-24;mayo_coffee_brewed=2,mayo_tea_black=1" → the date and the counts.
    static func parseDrinks(_ text: String?) -> (date: LocalDate?, counts: [String: Int]) {
        guard let text, let separator = text.firstIndex(of: ";") else { return (nil, [:]) }
        var counts: [String: Int] = [:]
        for pair in text[text.index(after: separator)...].split(separator: ",") {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let count = Int(parts[1]) { counts[String(parts[0])] = count }
        }
        return (LocalDate(iso: String(text[..<separator])), counts)
    }
}
