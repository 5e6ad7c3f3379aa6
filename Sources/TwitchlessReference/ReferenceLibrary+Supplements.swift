public import TwitchlessCore
import TwitchlessIO

extension ReferenceLibrary {
    /// The magnesium forms of `supplement_forms.csv`.
    public func formCatalog() throws(TwitchlessError) -> FormCatalog {
        try cached("formCatalog") { () throws(TwitchlessError) in
            let table = try table("supplement_forms.csv")
            var forms: [SupplementForm] = []
            for row in table.rows {
                let aliases = table.value(row, "aliases").split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                forms.append(
                    SupplementForm(
                        id: table.value(row, "form_id"),
                        name: table.value(row, "form_name"),
                        aliases: aliases,
                        formula: table.value(row, "formula_as_sold"),
                        hydrationState: table.value(row, "hydration_state"),
                        molarMass: try table.requiredNumber(row, "molar_mass_g_per_mol"),
                        magnesiumAtoms: Int(try table.requiredNumber(row, "mg_atoms_per_formula")),
                        elementalFraction: try table.requiredNumber(row, "elemental_mg_fraction"),
                        absorptionStatement: table.value(row, "absorption_statement"),
                        absorptionSource: table.value(row, "absorption_source"),
                        gutStatement: table.value(row, "gi_statement"),
                        gutSource: table.value(row, "gi_source"),
                        notes: table.value(row, "notes"),
                        citation: SourceCitation(source: table.value(row, "source"), row: "supplement_forms.csv: \(table.value(row, "form_id"))")
                    )
                )
            }
            return FormCatalog(forms: forms)
        }
    }

    /// Drinks with a single caffeine value per serving (`caffeine_sources.csv`; range rows are left out).
    public func caffeineSources() throws(TwitchlessError) -> [CaffeineSource] {
        let table = try table("caffeine_sources.csv")
        var sources: [CaffeineSource] = []
        for row in table.rows {
            guard let mg = try table.number(row, "caffeine_mg") else { continue }
            sources.append(
                CaffeineSource(
                    id: table.value(row, "id"),
                    item: table.value(row, "item"),
                    serving: table.value(row, "serving"),
                    caffeineMg: mg,
                    caffeineMgMax: try table.number(row, "caffeine_mg_max"),
                    citation: SourceCitation(source: table.value(row, "source"), row: "caffeine_sources.csv: \(table.value(row, "id"))")
                )
            )
        }
        return sources
    }
}
