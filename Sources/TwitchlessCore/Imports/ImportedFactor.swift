/// A day value that came from another app: the day factors it can fill in, and magnesium by where it came from.
public enum ImportedFactor: String, CaseIterable, Hashable, Sendable, Codable {
    case sleepHours = "sleep_hours"
    case caffeineMg = "caffeine_mg"
    case waterLiters = "water_liters"
    case alcoholDrinks = "alcohol_drinks"
    case exerciseMinutes = "exercise_minutes"
    case mindfulMinutes = "mindful_minutes"
    case foodMagnesiumMg = "food_magnesium_mg"
    case supplementMagnesiumMg = "supplement_magnesium_mg"

    /// The day factor this value fills in, or nil for magnesium.
    public var dayFactor: DayFactor? { DayFactor(rawValue: rawValue) }

    /// The factor a kind of health record feeds; magnesium goes where the person said it came from.
    public static func of(_ kind: HealthSample.Kind, magnesium: MagnesiumOrigin) -> ImportedFactor {
        switch kind {
        case .sleep: .sleepHours
        case .caffeine: .caffeineMg
        case .water: .waterLiters
        case .alcohol: .alcoholDrinks
        case .workout: .exerciseMinutes
        case .mindful: .mindfulMinutes
        case .magnesium: magnesium == .food ? .foodMagnesiumMg : .supplementMagnesiumMg
        }
    }
}

/// Where the magnesium another app recorded came from: many supplement apps write it, and so do food diaries.
public enum MagnesiumOrigin: String, CaseIterable, Sendable, Codable {
    case food, supplement
}

/// The values another app gave one local date.
public struct ImportedDay: Hashable, Sendable {
    public var date: LocalDate
    public var values: [ImportedFactor: Double]

    public init(date: LocalDate, values: [ImportedFactor: Double] = [:]) {
        self.date = date
        self.values = values
    }
}
