/// One code of a FHIR code system, with the UCUM unit its values are given in.
public struct FHIRCode: Hashable, Sendable {
    public var system: String
    public var code: String
    public var display: String
    /// The UCUM code of the value's unit ("h", "mg", "{score}"), or nil for yes/no and text values.
    public var unit: String?

    public init(system: String, code: String, display: String, unit: String? = nil) {
        self.system = system
        self.code = code
        self.display = display
        self.unit = unit
    }

    /// The FHIR `Coding`.
    var coding: JSONValue { ["system": .string(system), "code": .string(code), "display": .string(display)] }

    /// A `CodeableConcept` with this coding and `text`.
    func concept(text: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = ["coding": [coding]]
        if let text { members["text"] = .string(text) }
        return .object(members)
    }

    /// A UCUM `Quantity` of `value` in this code's unit.
    func quantity(_ value: Double) -> JSONValue {
        guard let unit else { return ["value": .number(value)] }
        return ["value": .number(value), "unit": .string(unit), "system": "http://unitsofmeasure.org", "code": .string(unit)]
    }
}
