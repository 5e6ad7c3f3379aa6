/// The units health apps write (HealthKit's unit strings), converted to the unit each factor uses.
///
/// The factors are exact definitions of the units (a US fluid ounce is 29.5735295625 mL), not health figures.
public enum HealthUnit {
    /// Milligrams in one of a mass unit: "mg", "g", "mcg", "kg", "oz", "lb".
    public static func milligrams(per unit: String) -> Double? {
        switch unit {
        case "mg": 1
        case "g": 1_000
        case "mcg", "µg", "μg", "ug": 0.001
        case "kg": 1_000_000
        case "ng": 0.000_001
        case "oz": 28_349.523125
        case "lb": 453_592.37
        default: nil
        }
    }

    /// Litres in one of a volume unit: "mL", "L", "fl_oz_us", "fl_oz_imp", "cup_us", "cup_imp", "pt_us", "pt_imp".
    public static func litres(per unit: String) -> Double? {
        switch unit {
        case "mL", "ml": 0.001
        case "cL", "cl": 0.01
        case "dL", "dl": 0.1
        case "L", "l": 1
        case "fl_oz_us": 0.0295735295625
        case "fl_oz_imp": 0.0284130625
        case "cup_us": 0.2365882365
        case "cup_imp": 0.284130625
        case "pt_us": 0.473176473
        case "pt_imp": 0.56826125
        default: nil
        }
    }

    /// Minutes in one of a time unit: "s", "min", "hr", "d", "ms".
    public static func minutes(per unit: String) -> Double? {
        switch unit {
        case "min": 1
        case "s", "sec": 1.0 / 60
        case "ms": 1.0 / 60_000
        case "hr", "h": 60
        case "d", "day": 1_440
        default: nil
        }
    }
}
