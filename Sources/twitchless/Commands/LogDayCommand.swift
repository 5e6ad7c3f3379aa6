import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct LogDayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day",
        abstract: "Check in for a day and log its factors.",
        discussion: """
            Running this, even with no options, marks the day as tracked: "I checked in and had no twitches" \
            is information too. Options you give replace that factor's value for the day; the others stay.

            Caffeine: --caffeine sets the day's total in mg; each --drink adds a drink, like "2 coffee", \
            "espresso", "cola" or "red bull", using the caffeine per serving in the sourced drinks table, else in the USDA food table.

            Examples:
              twitchless log day
              twitchless log day --sleep 6.5 --stress 7 --drink "2 coffee" --water 1.5
              twitchless log day --date yesterday --alcohol 2 --exercise 45 --long-muscle-use yes
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The day: today (default), yesterday, \"3 days ago\" or YYYY-MM-DD.", valueName: "date"))
    var date: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Hours of sleep that ended that morning (0–24).", valueName: "hours"))
    var sleep: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Stress from 0 (none) to 10 (worst).", valueName: "0-10"))
    var stress: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Total caffeine for the day in mg.", valueName: "mg"))
    var caffeine: String?

    @Option(help: ArgumentHelp("Add a caffeinated drink, like \"2 coffee\" or \"espresso\" (repeatable).", valueName: "drink"))
    var drink: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Alcohol in standard drinks.", valueName: "drinks"))
    var alcohol: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Water in litres.", valueName: "litres"))
    var water: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Exercise in minutes.", valueName: "minutes"))
    var exercise: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Minutes of relaxation practice: mindfulness, breathing exercises.", valueName: "minutes"))
    var relaxation: String?

    @Option(
        name: .customLong("long-muscle-use"),
        help: ArgumentHelp("yes if one muscle group worked for a long time (typing, a long walk, a long drive).", valueName: "yes/no")
    )
    var longMuscleUse: String?

    @Option(
        name: .customLong("processed-meals"),
        parsing: .unconditional,
        help: ArgumentHelp("How many processed meals you ate.", valueName: "meals")
    )
    var processedMeals: String?

    func run() async throws {
        try await reportingErrors {
            let given: [(DayFactor, String?)] = [
                (.sleepHours, sleep), (.stress, stress), (.caffeineMg, caffeine), (.alcoholDrinks, alcohol),
                (.waterLiters, water), (.exerciseMinutes, exercise), (.mindfulMinutes, relaxation), (.prolongedMuscleUse, longMuscleUse),
                (.processedMeals, processedMeals),
            ]
            var values: [DayFactor: String] = [:]
            for (factor, text) in given { if let text { values[factor] = text } }
            let request = DayCheckIn.Request(date: date, values: values, drinks: drink)
            try await withContext(global) { context in
                let outcome = try await DayCheckIn.save(request, context: context)
                Output.print(outcome.message)
                for match in outcome.drinks { Output.print("  Added \(match.description).") }
                let factors = DayFactorLines.render(outcome.own)
                if !factors.isEmpty { Output.print(factors) }
            }
        }
    }
}
