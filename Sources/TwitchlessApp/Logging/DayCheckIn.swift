package import TwitchlessCore
package import TwitchlessStore

/// Checking in for a day with its factors: one action for the command line, the web app and the API. The day is
/// marked as tracked ("I checked in and had no twitches" is information too); factors given replace that factor's
/// value for the day, the others stay.
package enum DayCheckIn {
    package struct Request: Sendable {
        /// The day (today when nil): today, yesterday, "3 days ago" or YYYY-MM-DD.
        package var date: String?
        /// Each factor given, as typed ("6.5", "yes").
        package var values: [DayFactor: String]
        /// Caffeinated drinks to add to the day's caffeine ("2 coffee", "espresso").
        package var drinks: [String]
        /// Factors whose own value is removed (a correction); an imported value for them shows through again.
        package var cleared: Set<DayFactor>

        package init(date: String? = nil, values: [DayFactor: String] = [:], drinks: [String] = [], cleared: Set<DayFactor> = []) {
            self.date = date
            self.values = values
            self.drinks = drinks
            self.cleared = cleared
        }
    }

    package struct Outcome: Sendable {
        /// The person's own check-in, as saved.
        package var own: DayLog
        /// The day as the analysis sees it: the check-in, with imported values filling what it doesn't say.
        package var log: DayLog
        /// The drinks added, with their caffeine and its source.
        package var drinks: [DrinkMatcher.Match]
        /// "Checked in for today." or "Checked in for 2026-11-20."
        package var message: String
    }

    /// - Throws: `invalidInput` for a day that can't be read or is in the future, a factor value that can't be read
    ///   or is out of range, or a drink that matches nothing.
    package static func save(_ request: Request, context: AppContext) async throws(TwitchlessError) -> Outcome {
        let day = try context.date(request.date)
        var values: [(DayFactor, DayFactor.FactorValue)] = []
        for factor in DayFactor.allCases {
            guard let text = request.values[factor] else { continue }
            values.append((factor, try factor.parse(text)))
        }
        let matcher = DrinkMatcher(library: context.reference)
        let drinks = try request.drinks.map { text throws(TwitchlessError) in try matcher.match(text) }
        let chosen = values
        let cleared = request.cleared.subtracting(request.values.keys)
        let (own, merged) = try await context.write { session -> (DayLog, DayLog) in
            var log = try await session.ownDayLog(on: day) ?? DayLog(date: day)
            log.isTracked = true
            for factor in cleared { log.set(factor, nil) }
            for (factor, value) in chosen { log.set(factor, value) }
            if !drinks.isEmpty {
                log.caffeineMg = (log.caffeineMg ?? 0) + drinks.reduce(0) { $0 + $1.caffeineMg }
                try DayFactor.caffeineMg.check(log.caffeineMg!)
            }
            try log.validate()
            try await session.saveDayLogs([log])
            return (log, try await session.dayLog(on: day) ?? log)
        }
        return Outcome(own: own, log: merged, drinks: drinks, message: "Checked in for \(day == context.today ? "today" : day.description).")
    }

    /// Removes a day's check-in and factors; its episodes, foods and supplements stay.
    /// - Throws: `notFound` when the day has no check-in; `invalidInput` for a day that can't be read.
    package static func remove(date text: String, context: AppContext) async throws(TwitchlessError) -> String {
        let day = try context.date(text)
        guard try await context.write({ try await $0.deleteDayLog(on: day) }) else {
            throw .notFound("There is no check-in for \(DateWords.day(day)) to remove.", next: .seeDay(day))
        }
        return "Removed the check-in and factors of \(day). Its episodes, foods and supplements are still in your log."
    }
}
