import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The day's factors in one calm line.
enum DayFactorLines {
    static func render(_ day: DayLog) -> String {
        var parts: [String] = []
        for factor in DayFactor.allCases {
            guard let value = day.value(of: factor) else { continue }
            switch factor {
            case .stress: parts.append("Stress \(DecimalText.format(value))/10")
            case .prolongedMuscleUse: parts.append(value != 0 ? "Long use of one muscle group" : "No long use of one muscle group")
            default: parts.append("\(factor.displayName) \(DecimalText.format(value)) \(factor.unit)")
            }
        }
        var line = parts.isEmpty ? "" : "  " + parts.joined(separator: " · ")
        if !day.importedFactors.isEmpty {
            let names = DayFactor.allCases.filter(day.importedFactors.contains).map { $0.displayName.lowercased() }
            line += "\n  (\(names.joined(separator: ", ")) from Apple Health)"
        }
        return line
    }
}
