import Testing
import TwitchlessReference

@testable import TwitchlessCore

@Suite("Magnesium forms and conversions")
struct SupplementTests {
    let catalog = try! ReferenceLibrary.shipped.formCatalog()

    @Test(
        "Names with one form match it",
        arguments: [
            ("glycinate", "glycinate"), ("Magnesium glycinate", "glycinate"), ("bisglycinate chelate", "glycinate"),
            ("oxide", "oxide"), ("MgO", "oxide"), ("Epsom salt", "sulfate_heptahydrate"), ("citrate_nonahydrate", "citrate_nonahydrate"),
            ("threonate", "l_threonate"), ("milk of magnesia", "hydroxide"), ("taurate", "taurate"),
        ]
    )
    func singleForms(name: String, id: String) throws {
        guard case .form(let form) = try catalog.match(name) else {
            Issue.record("\(name) should match one form")
            return
        }
        #expect(form.id == id)
    }

    @Test(
        "Salts sold in several hydration states ask which",
        arguments: [
            ("citrate", 3), ("magnesium citrate", 3), ("chloride", 2), ("lactate", 2), ("malate", 2), ("sulfate", 2),
            ("orotate", 2), ("aspartate", 2), ("gluconate", 2),
        ]
    )
    func ambiguous(name: String, count: Int) throws {
        guard case .hydrationStates(_, let forms) = try catalog.match(name) else {
            Issue.record("\(name) should be ambiguous")
            return
        }
        #expect(forms.count == count)
    }

    @Test("Unknown forms are refused with the known names")
    func unknown() {
        #expect {
            try catalog.match("unobtainium")
        } throws: { ($0 as? TwitchlessError)?.fix?.contains("glycinate") == true }
    }

    @Test("500 mg of citrate is 56.7 to 80.8 mg elemental; the higher value is for limit checks")
    func citrateRange() throws {
        guard case .hydrationStates(_, let forms) = try catalog.match("citrate") else {
            Issue.record("citrate should match its hydration states, not one form")
            return
        }
        let conversion = ElementalConversion(compound: Milligrams(500), forms: forms)
        #expect(conversion.isRange)
        // Oracle: 500 × mg_atoms × 24.305 / molar mass, from the formulas in supplement_forms.csv.
        #expect(abs(conversion.highest.value - 500 * 3 * 24.305 / 451.113) < 0.05)
        #expect(abs(conversion.lowest.value - 500 * 24.305 / 214.412) < 0.05)
        #expect(conversion.lines.allSatisfy { $0.arithmetic.hasPrefix("500 mg × 0.") })
    }

    @Test("Oxide: 500 mg holds 301.5 mg elemental")
    func oxide() throws {
        guard case .form(let oxide) = try catalog.match("oxide") else {
            Issue.record("oxide should match one form")
            return
        }
        let conversion = ElementalConversion(compound: Milligrams(500), forms: [oxide])
        #expect(conversion.highest == Milligrams(301.5))
        #expect(!conversion.isRange)
    }
}

@Suite("Form names written as formulas")
struct FormulaNameTests {
    let catalog = try! ReferenceLibrary.shipped.formCatalog()

    @Test(
        "A formula names one hydration state",
        arguments: [("MgCl2", "chloride_anhydrous"), ("Mg(OH)2", "hydroxide"), ("MgCl2·6H2O", "chloride_hexahydrate")]
    )
    func formulas(text: String, id: String) throws {
        guard case .form(let form) = try catalog.match(text) else {
            Issue.record("\(text) should name one form")
            return
        }
        #expect(form.id == id)
    }
}
