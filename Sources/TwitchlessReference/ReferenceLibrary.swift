public import Foundation
import Synchronization
public import TwitchlessCore
import TwitchlessIO

/// The sourced reference data that ships with Twitchless, loaded on first use and kept for the process.
///
/// Each table is parsed only when asked for, so a command that doesn't need the megabyte-sized USDA tables
/// never reads them.
public final class ReferenceLibrary: Sendable {
    /// The folder holding the CSV files.
    public let directory: URL
    private let cache = Mutex<[String: any Sendable]>([:])

    /// The library shipped inside the package.
    public static let shipped = ReferenceLibrary(directory: Bundle.module.resourceURL!.appendingPathComponent("Data"))

    public init(directory: URL) { self.directory = directory }

    /// The names of the sourced reference files (from the shared fact base).
    public static let referenceFiles = [
        "caffeine_sources.csv", "deficiency.csv", "foods_magnesium.csv", "magnesium_rda.csv", "magnesium_ul.csv",
        "medication_interactions.csv", "red_flags.csv", "reference_limits.csv", "supplement_forms.csv",
        "triggers.csv", "usda_sr28_foods.csv", "usda_sr28_portions.csv",
    ]

    /// The app's own data files, which follow the same rule: every row has a source.
    public static let appFiles = [
        "app/notices.csv", "app/policies.csv", "app/symptoms.csv", "app/regions.csv", "app/red_flag_rules.csv", "app/evidence_points.csv",
        "app/interaction_policies.csv", "app/reporting_units.csv", "app/fhir_codes.csv",
    ]

    /// Sourced tables the app adds to the shared fact base (`sourced/README.md` says where each comes from).
    public static let sourcedFiles = [
        "sourced/emergency_numbers.csv", "sourced/countries.csv", "sourced/time_zone_countries.csv", "sourced/medicine_brands.csv",
    ]

    /// Parses a file (or returns the cached parse).
    /// - Throws: `internalFailure` when the file is missing or malformed.
    public func table(_ file: String) throws(TwitchlessError) -> ReferenceTable {
        try cached("table:" + file) { () throws(TwitchlessError) in
            let url = directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw TwitchlessError(
                    .internalFailure,
                    "The reference file \(file) is missing from this installation.",
                    fix: "Please reinstall Twitchless."
                )
            }
            return try ReferenceTable(name: file, bytes: [UInt8](data))
        }
    }

    /// The files parsed so far.
    public var loadedTables: [String] {
        cache.withLock { $0.keys.filter { $0.hasPrefix("table:") }.map { String($0.dropFirst(6)) }.sorted() }
    }

    func cached<T: Sendable>(_ key: String, _ make: () throws(TwitchlessError) -> T) throws(TwitchlessError) -> T {
        if let value = cache.withLock({ $0[key] }) as? T { return value }
        let value = try make()
        cache.withLock { $0[key] = value }
        return value
    }
}
