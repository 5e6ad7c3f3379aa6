/// The daily factors, with their names in files and on screen, units and plausible ranges.
///
/// The ranges only catch typing mistakes (25 hours of sleep); they are not health advice.
public enum DayFactor: String, CaseIterable, Sendable {
    case sleepHours = "sleep_hours"
    case stress
    case caffeineMg = "caffeine_mg"
    case alcoholDrinks = "alcohol_drinks"
    case waterLiters = "water_liters"
    case exerciseMinutes = "exercise_minutes"
    case mindfulMinutes = "mindful_minutes"
    case processedMeals = "processed_meals"
    case prolongedMuscleUse = "prolonged_muscle_use"

    /// The column name in `days.csv` and the key in JSON.
    public var column: String { rawValue }

    public var displayName: String {
        switch self {
        case .sleepHours: "Sleep"
        case .stress: "Stress"
        case .caffeineMg: "Caffeine"
        case .alcoholDrinks: "Alcohol"
        case .waterLiters: "Water"
        case .exerciseMinutes: "Exercise"
        case .mindfulMinutes: "Relaxation practice"
        case .processedMeals: "Processed meals"
        case .prolongedMuscleUse: "Long use of one muscle group"
        }
    }

    public var unit: String {
        switch self {
        case .sleepHours: "hours"
        case .stress: "on the 0–10 scale"
        case .caffeineMg: "mg"
        case .alcoholDrinks: "standard drinks"
        case .waterLiters: "litres"
        case .exerciseMinutes: "minutes"
        case .mindfulMinutes: "minutes"
        case .processedMeals: "meals"
        case .prolongedMuscleUse: ""
        }
    }

    /// The accepted range; nil for yes/no factors.
    public var range: ClosedRange<Double>? {
        switch self {
        case .sleepHours: 0...24
        case .stress: 0...10
        case .caffeineMg: 0...10_000
        case .alcoholDrinks: 0...100
        case .waterLiters: 0...20
        case .exerciseMinutes: 0...1440
        case .mindfulMinutes: 0...1440
        case .processedMeals: 0...20
        case .prolongedMuscleUse: nil
        }
    }

    public var isWholeNumber: Bool { self == .stress || self == .processedMeals }
    public var isYesNo: Bool { self == .prolongedMuscleUse }

    /// Reads a value for this factor from text.
    /// - Throws: `invalidInput` saying what is wrong and the range to use.
    public func parse(_ text: String) throws(TwitchlessError) -> FactorValue {
        let trimmed = text.trimmingWhitespace()
        if isYesNo {
            switch trimmed.lowercased() {
            case "yes", "y", "true", "1": return .yesNo(true)
            case "no", "n", "false", "0": return .yesNo(false)
            default: throw .invalidInput("\(displayName): \"\(text)\" is not yes or no.", fix: "Please write yes or no.")
            }
        }
        guard let value = DecimalText.parse(trimmed) else {
            throw .invalidInput(
                "We couldn't read \"\(text)\" as \(displayName.lowercased()).",
                fix: "Please write a number\(unit.isEmpty ? "" : " of \(unit)"), like \(example)."
            )
        }
        let rounded = (value * 10_000).rounded() / 10_000
        try check(rounded)
        return .number(rounded)
    }

    /// Checks a number against this factor's range and whole-number rule.
    /// - Throws: `invalidInput` naming the range.
    public func check(_ value: Double) throws(TwitchlessError) {
        guard let range else { return }
        guard value.isFinite, range.contains(value) else {
            throw .invalidInput(
                "\(displayName) of \(DecimalText.format(value)) \(unit) can't be right.",
                fix: "Please give a number from \(DecimalText.format(range.lowerBound)) to \(DecimalText.format(range.upperBound)) \(unit)."
            )
        }
        if isWholeNumber, value != value.rounded() {
            throw .invalidInput("\(displayName) must be a whole number.", fix: "Please write a whole number, like \(example).")
        }
    }

    var example: String {
        switch self {
        case .sleepHours: "7.5"
        case .stress: "4"
        case .caffeineMg: "200"
        case .alcoholDrinks: "1"
        case .waterLiters: "1.5"
        case .exerciseMinutes: "30"
        case .mindfulMinutes: "10"
        case .processedMeals: "1"
        case .prolongedMuscleUse: "yes"
        }
    }

    /// A parsed factor value.
    public enum FactorValue: Hashable, Sendable {
        case number(Double)
        case yesNo(Bool)
    }
}

extension DayLog {
    /// The value of one factor as a number (yes = 1), or nil when not logged.
    public func value(of factor: DayFactor) -> Double? {
        switch factor {
        case .sleepHours: sleepHours
        case .stress: stress.map(Double.init)
        case .caffeineMg: caffeineMg
        case .alcoholDrinks: alcoholDrinks
        case .waterLiters: waterLiters
        case .exerciseMinutes: exerciseMinutes
        case .mindfulMinutes: mindfulMinutes
        case .processedMeals: processedMeals.map(Double.init)
        case .prolongedMuscleUse: prolongedMuscleUse.map { $0 ? 1 : 0 }
        }
    }

    /// Copies one factor's value (or its absence) from another day log.
    public mutating func setValue(of factor: DayFactor, from other: DayLog) {
        switch factor {
        case .sleepHours: sleepHours = other.sleepHours
        case .stress: stress = other.stress
        case .caffeineMg: caffeineMg = other.caffeineMg
        case .alcoholDrinks: alcoholDrinks = other.alcoholDrinks
        case .waterLiters: waterLiters = other.waterLiters
        case .exerciseMinutes: exerciseMinutes = other.exerciseMinutes
        case .mindfulMinutes: mindfulMinutes = other.mindfulMinutes
        case .processedMeals: processedMeals = other.processedMeals
        case .prolongedMuscleUse: prolongedMuscleUse = other.prolongedMuscleUse
        }
    }

    /// Sets one factor; nil clears it.
    public mutating func set(_ factor: DayFactor, _ value: DayFactor.FactorValue?) {
        let number: Double? =
            switch value {
            case .number(let n): n
            case .yesNo(let b): b ? 1 : 0
            case nil: nil
            }
        switch factor {
        case .sleepHours: sleepHours = number
        case .stress: stress = number.map { Int($0) }
        case .caffeineMg: caffeineMg = number
        case .alcoholDrinks: alcoholDrinks = number
        case .waterLiters: waterLiters = number
        case .exerciseMinutes: exerciseMinutes = number
        case .mindfulMinutes: mindfulMinutes = number
        case .processedMeals: processedMeals = number.map { Int($0) }
        case .prolongedMuscleUse: prolongedMuscleUse = number.map { $0 != 0 }
        }
    }
}
