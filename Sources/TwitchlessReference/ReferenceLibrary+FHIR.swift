public import TwitchlessCore
public import TwitchlessIO

extension ReferenceLibrary {
    /// The codes of the FHIR export (`app/fhir_codes.csv`).
    /// - Throws: `internalFailure` when the table is missing a code the export needs.
    public func fhirCodes() throws(TwitchlessError) -> FHIRCodeBook {
        try cached("fhirCodes") { () throws(TwitchlessError) in
            let table = try table("app/fhir_codes.csv")
            var codes: [String: FHIRCode] = [:]
            for row in table.rows {
                let unit = table.value(row, "ucum").trimmingWhitespace()
                codes[table.value(row, "key")] = FHIRCode(
                    system: table.value(row, "system"),
                    code: table.value(row, "code"),
                    display: table.value(row, "display"),
                    unit: unit.isEmpty ? nil : unit
                )
            }
            return try FHIRCodeBook(codes: codes)
        }
    }
}
