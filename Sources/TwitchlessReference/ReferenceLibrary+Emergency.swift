public import TwitchlessCore
import TwitchlessIO

extension ReferenceLibrary {
    /// The sourced tables of countries, time-zone countries and emergency numbers, checked as they load.
    /// - Throws: `invalidInput` naming the file and line of a row without a source, a number that isn't digits,
    ///   or a country the country table doesn't know.
    public func emergencyDirectory() throws(TwitchlessError) -> EmergencyDirectory {
        try cached("emergencyDirectory") { () throws(TwitchlessError) in
            let countryTable = try table("sourced/countries.csv")
            var countries: [String: String] = [:]
            for row in countryTable.rows {
                try requireSource(countryTable, row)
                countries[countryTable.value(row, "country")] = countryTable.value(row, "name")
            }
            let zoneTable = try table("sourced/time_zone_countries.csv")
            var zones: [String: String] = [:]
            for row in zoneTable.rows {
                try requireSource(zoneTable, row)
                let code = zoneTable.value(row, "country")
                guard countries[code] != nil else { throw badRow(zoneTable, row, "names the country \"\(code)\", which countries.csv doesn't have") }
                zones[zoneTable.value(row, "time_zone")] = code
            }
            let numberTable = try table("sourced/emergency_numbers.csv")
            var numbers: [String: (number: String, source: String)] = [:]
            for row in numberTable.rows {
                try requireSource(numberTable, row)
                let code = numberTable.value(row, "country")
                let number = numberTable.value(row, "number").trimmingWhitespace()
                guard countries[code] != nil else {
                    throw badRow(numberTable, row, "names the country \"\(code)\", which countries.csv doesn't have")
                }
                guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    throw badRow(numberTable, row, "has the number \"\(number)\", which is not a phone number of digits")
                }
                numbers[code] = (number, numberTable.value(row, "source"))
            }
            return EmergencyDirectory(countries: countries, zoneCountries: zones, numbers: numbers)
        }
    }

    /// - Throws: `invalidInput` when the row's `source` cell is empty.
    func requireSource(_ table: ReferenceTable, _ row: CSVRecord) throws(TwitchlessError) {
        if table.value(row, "source").trimmingWhitespace().isEmpty {
            throw badRow(table, row, "has no source; every row must say where its facts come from")
        }
    }

    /// A reference row that can't be used: what is wrong with which line, and what to do.
    func badRow(_ table: ReferenceTable, _ row: CSVRecord, _ problem: String) -> TwitchlessError {
        .invalidInput(
            "The reference file \(table.name) \(problem) (line \(row.line)), so Twitchless won't use it.",
            fix: "Correct or remove that row (every row needs a source), then run the command again. Nothing was changed."
        )
    }
}

extension ReferenceLibrary {
    /// The brand table (`sourced/medicine_brands.csv`), checked against the interaction table as it loads.
    /// - Throws: `invalidInput` naming the file and line of a row without a source, without a generic, with a generic
    ///   the interaction table doesn't name, or with a product row it doesn't have.
    public func medicineBrands() throws(TwitchlessError) -> [MedicineBrand] {
        try cached("medicineBrands") { () throws(TwitchlessError) in
            let rules = try interactionRules()
            let known = Set(rules.flatMap(\.generics))
            let ids = Set(rules.map(\.id))
            let table = try table("sourced/medicine_brands.csv")
            var brands: [MedicineBrand] = []
            for row in table.rows {
                try requireSource(table, row)
                func list(_ column: String) -> [String] {
                    table.value(row, column).split(separator: ";").map { String($0).trimmingWhitespace().lowercased() }.filter { !$0.isEmpty }
                }
                let generics = list("generics")
                guard !generics.isEmpty else { throw badRow(table, row, "has a brand without a generic") }
                if let unknown = generics.first(where: { !known.contains($0) }) {
                    throw badRow(
                        table,
                        row,
                        "points the brand \(table.value(row, "brand")) at \"\(unknown)\", a generic that medication_interactions.csv doesn't name"
                    )
                }
                let product = table.value(row, "product_rule").trimmingWhitespace()
                if !product.isEmpty, !ids.contains(product) {
                    throw badRow(table, row, "names the product row \"\(product)\", which medication_interactions.csv doesn't have")
                }
                brands.append(
                    MedicineBrand(
                        name: table.value(row, "brand").trimmingWhitespace(),
                        ingredients: list("ingredients"),
                        generics: generics,
                        productRule: product.isEmpty ? nil : product,
                        source: table.value(row, "source")
                    )
                )
            }
            return brands
        }
    }

    /// The medicine matcher: the interaction table's generics and the sourced brand names.
    public func medicineMatcher() throws(TwitchlessError) -> MedicineMatcher {
        try cached("medicineMatcher") { () throws(TwitchlessError) in
            MedicineMatcher(rules: try interactionRules(), brands: try medicineBrands())
        }
    }
}
