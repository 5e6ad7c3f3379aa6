import Foundation
import TwitchlessCore

/// Time zones and countries as choices in a list, by country and city: nobody has to know a zone's code name.
enum ZoneChoices {
    /// Every zone this computer knows, as ("Europe/London", "United Kingdom: London"), sorted by what people read.
    static func zones(_ directory: EmergencyDirectory) -> [(String, String)] {
        var choices = TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") && !$0.hasPrefix("Etc/") }.map { zone -> (String, String) in
            let city = zone.split(separator: "/").dropFirst().joined(separator: ", ").replacingOccurrences(of: "_", with: " ")
            let country = directory.zoneCountries[zone].flatMap { directory.countries[$0] }
            return (zone, country.map { "\($0): \(city)" } ?? "\(zone.split(separator: "/")[0]): \(city)")
        }
        choices.sort { $0.1.localizedStandardCompare($1.1) == .orderedAscending }
        return [("UTC", "Coordinated Universal Time (UTC)")] + choices
    }

    /// Every country of the emergency directory, as ("GB", "United Kingdom"), by name.
    static func countries(_ directory: EmergencyDirectory) -> [(String, String)] {
        directory.countries.map { ($0.key, $0.value) }.sorted { $0.1.localizedStandardCompare($1.1) == .orderedAscending }
    }
}
