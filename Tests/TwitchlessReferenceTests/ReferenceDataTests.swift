import Foundation
import Testing
import TwitchlessCore
import TwitchlessIO
import TwitchlessTestSupport

@testable import TwitchlessReference

@Suite("Shipped reference data")
struct ReferenceDataTests {
    let library = ReferenceLibrary.shipped

    @Test(
        "Every row of every data file names its source",
        arguments: ReferenceLibrary.referenceFiles + ReferenceLibrary.appFiles + ReferenceLibrary.sourcedFiles
    )
    func everyRowHasASource(file: String) throws {
        let table = try library.table(file)
        #expect(table.has("source"), "\(file) has no source column")
        #expect(!table.rows.isEmpty)
        for row in table.rows {
            #expect(!table.value(row, "source").trimmingWhitespace().isEmpty, "\(file) line \(row.line) has no source")
        }
    }

    @Test("Each elemental fraction equals mg_atoms × 24.305 / molar mass to 4 decimals")
    func elementalFractions() throws {
        let table = try library.table("supplement_forms.csv")
        #expect(table.rows.count == 24)
        for row in table.rows {
            let atoms = try #require(try table.number(row, "mg_atoms_per_formula"))
            let molarMass = try #require(try table.number(row, "molar_mass_g_per_mol"))
            let fraction = try #require(try table.number(row, "elemental_mg_fraction"))
            let expected = (atoms * 24.305 / molarMass * 10_000).rounded() / 10_000
            #expect(fraction == expected, "\(table.value(row, "form_id")): \(fraction) ≠ \(expected)")
        }
    }

    @Test("The USDA tables are complete: 8,092 foods and 15,438 portions")
    func usdaCounts() throws {
        #expect(try library.foodIndex().foods.count == 8092)
        #expect(try library.table("usda_sr28_portions.csv").rows.count == 15_438)
    }

    @Test("The shipped copies equal the shared fact base, every column included")
    func shippedCopiesMatchShared() throws {
        try Prerequisite.require(PackagePaths.shared != nil, "../shared")
        let shared = try #require(PackagePaths.shared)
        for file in ReferenceLibrary.referenceFiles + ["README.md", "POLICIES.md", "evidence.md"] {
            let original = try Data(contentsOf: shared.appendingPathComponent("reference").appendingPathComponent(file))
            let shipped = try Data(contentsOf: library.directory.appendingPathComponent(file))
            #expect(original == shipped, "\(file) differs from ../shared/reference/\(file)")
        }
    }

    @Test("Notices the app can raise all have wording and a source")
    func notices() throws {
        let book = try library.noticeBook()
        for id in NoticeID.all {
            let notice = try #require(book.notice(id), "no wording for \(id)")
            #expect(!notice.message.isEmpty && !notice.source.isEmpty)
        }
    }

    @Test("Reading the profile's reference values doesn't parse the USDA tables")
    func lazyLoading() throws {
        let fresh = ReferenceLibrary(directory: library.directory)
        _ = try fresh.intakeReference()
        _ = try fresh.noticeBook()
        #expect(fresh.loadedTables.allSatisfy { !$0.hasPrefix("usda") })
        _ = try fresh.foodIndex()
        #expect(fresh.loadedTables.contains("usda_sr28_foods.csv"))
    }
}

@Suite("Sourced tables refuse bad rows")
struct SourcedTableTests {
    /// A copy of the shipped data with one file's text changed by `edit`.
    static func library(editing file: String, _ edit: (String) -> String) throws -> ReferenceLibrary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-reference-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ReferenceLibrary.shipped.directory, to: folder)
        let url = folder.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return ReferenceLibrary(directory: folder)
    }

    @Test("An emergency number without a source is refused, naming the file and line")
    func emergencyWithoutSource() throws {
        let library = try Self.library(editing: "sourced/emergency_numbers.csv") { $0 + "ZZ,Nowhere,123,,,\n" }
        #expect(throws: TwitchlessError.self) { try library.emergencyDirectory() }
        do { _ = try library.emergencyDirectory() } catch {
            #expect(error.code == .invalidInput)
            #expect(error.message.contains("emergency_numbers.csv") && error.message.contains("no source"))
        }
    }

    @Test("A number that isn't digits, or for a country the table doesn't know, is refused")
    func badNumbers() throws {
        let letters = try Self.library(editing: "sourced/emergency_numbers.csv") { $0 + "FR,France,one-one-two,A source,'x',x\n" }
        #expect(throws: TwitchlessError.self) { try letters.emergencyDirectory() }
        let country = try Self.library(editing: "sourced/emergency_numbers.csv") { $0 + "QQ,Nowhere,112,A source,'x',x\n" }
        #expect(throws: TwitchlessError.self) { try country.emergencyDirectory() }
    }

    @Test("A brand pointing at a generic the interaction table doesn't name is refused")
    func brandWithUnknownGeneric() throws {
        let library = try Self.library(editing: "sourced/medicine_brands.csv") { $0 + "Tylenol,paracetamol,paracetamol,,US,A label,'x',x\n" }
        do {
            _ = try library.medicineMatcher()
            Issue.record("the brand row was accepted")
        } catch {
            #expect(error.code == .invalidInput)
            #expect(error.message.contains("paracetamol") && error.message.contains("medicine_brands.csv"))
        }
    }

    @Test("Countries and time zones: a code is read whatever its case; Etc/UTC gives no country; the sources' 999 is replaced")
    func directory() throws {
        let directory = try ReferenceLibrary.shipped.emergencyDirectory()
        #expect(try directory.countryCode(parsing: " ie ") == "IE")
        #expect(throws: TwitchlessError.self) { try directory.countryCode(parsing: "XZ") }
        #expect(throws: TwitchlessError.self) { try directory.countryCode(parsing: "IRL") }
        #expect(directory.contact(country: nil, timeZone: "Etc/UTC") == .unknown)
        #expect(directory.contact(country: nil, timeZone: "Europe/London").number == "999")
        #expect(directory.contact(country: nil, timeZone: "US/Eastern").number == "911")
        #expect(directory.contact(country: nil, timeZone: "Australia/Sydney").number == "000")
        #expect(directory.contact(country: "IE", timeZone: "Europe/London").number == "112")
        // A country in the table without a sourced number says "your local emergency number".
        #expect(directory.contact(country: "AR", timeZone: nil).spoken == "your local emergency number")
    }
}
