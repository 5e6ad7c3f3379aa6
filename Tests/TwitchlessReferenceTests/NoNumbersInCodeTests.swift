import Foundation
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessReference

@Suite("Clinical numbers live in data files")
struct NoNumbersInCodeTests {
    /// Every number in the sourced tables' value columns.
    func sourcedValues() throws -> Set<Double> {
        let library = ReferenceLibrary.shipped
        let columns: [(String, [String])] = [
            ("magnesium_rda.csv", ["value_mg"]), ("magnesium_ul.csv", ["ul_mg_per_day"]),
            ("supplement_forms.csv", ["molar_mass_g_per_mol", "elemental_mg_fraction", "elemental_mg_percent", "elemental_mg_in_100mg_compound_mg"]),
            ("caffeine_sources.csv", ["caffeine_mg", "caffeine_mg_max", "serving_ml"]),
            ("foods_magnesium.csv", ["mg_per_serving", "mg_per_serving_max", "percent_dv"]),
            ("reference_limits.csv", ["value"]), ("medication_interactions.csv", ["separate_before_hours", "separate_after_hours"]),
        ]
        var values = Set<Double>()
        for (file, names) in columns {
            let table = try library.table(file)
            for row in table.rows { for name in names { if let value = try table.number(row, name) { values.insert(value) } } }
        }
        return values
    }

    @Test("The clinical parts of the core contain no literal equal to a sourced value")
    func noSourcedLiterals() throws {
        // Small counts (1, 2, 3…), simple fractions (½, ¼, ¾) and the unit factors 100 (per 100 g) and 1000
        // (mg per g) are not clinical values.
        let everyday: Set<Double> = [0.25, 0.5, 0.75, 100, 1000]
        let values = try sourcedValues().filter { (($0 < 1 && $0 > 0) || $0 >= 20) && !everyday.contains($0) }
        #expect(values.count > 50)
        let folders = ["Nutrition", "Supplements", "Summary", "Foods", "Reference", "Profile", "Days", "Episodes"]
        let core = PackagePaths.root.appendingPathComponent("Sources/TwitchlessCore")
        var checked = 0
        for folder in folders {
            let directory = core.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".swift") {
                let code = Self.codeOnly(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
                for literal in Self.numericLiterals(code) where values.contains(literal) {
                    Issue.record("\(folder)/\(name) has the literal \(literal), a value from the sourced tables; load it from data instead")
                }
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test("The scanner finds literals in code and ignores strings and comments")
    func scanner() {
        let code = Self.codeOnly("let x = 0.6030 * 1_440 // 350\nlet s = \"420 mg\"\nlet v2 = a.b")
        #expect(Self.numericLiterals(code) == [0.6030, 1440])
    }

    /// The code with string literals and comments removed.
    static func codeOnly(_ source: String) -> String {
        var result = ""
        var index = source.startIndex
        while index < source.endIndex {
            if source[index...].hasPrefix("\"\"\""), let end = source[source.index(index, offsetBy: 3)...].range(of: "\"\"\"") {
                index = end.upperBound
            } else if source[index] == "\"" {
                var cursor = source.index(after: index)
                while cursor < source.endIndex, source[cursor] != "\"" {
                    if source[cursor] == "\\" { cursor = source.index(after: cursor) }
                    if cursor < source.endIndex { cursor = source.index(after: cursor) }
                }
                index = cursor < source.endIndex ? source.index(after: cursor) : cursor
            } else if source[index...].hasPrefix("//") {
                index = source[index...].firstIndex(of: "\n") ?? source.endIndex
            } else {
                result.append(source[index])
                index = source.index(after: index)
            }
        }
        return result
    }

    /// Numeric literals ("1_440", "0.6030") in code.
    static func numericLiterals(_ code: String) -> [Double] {
        var literals: [Double] = []
        var current = ""
        var previous: Character = " "
        for character in code + " " {
            if character.isNumber || character == "_" || (character == "." && !current.isEmpty) {
                if current.isEmpty && (previous.isLetter || previous == "_") {
                    previous = character
                    continue
                }
                current.append(character)
            } else {
                let cleaned = current.replacingOccurrences(of: "_", with: "")
                if !cleaned.isEmpty, !character.isLetter, let value = Double(cleaned.hasSuffix(".") ? String(cleaned.dropLast()) : cleaned) {
                    literals.append(value)
                }
                current = ""
            }
            previous = character
        }
        return literals
    }
}
