/// A magnesium product the person takes, as its label describes one serving.
public struct SupplementProduct: Hashable, Sendable {
    /// Whether the product is a dietary supplement or a magnesium-containing medicine (antacid, laxative).
    /// Both count toward the supplement upper limit.
    public enum Kind: String, CaseIterable, Sendable, Codable { case supplement, medicine }

    /// How the elemental amount per serving was found.
    public enum Basis: String, Sendable, Codable {
        /// The label states elemental magnesium: always preferred.
        case label
        /// Computed from the compound weight of one known form.
        case form
        /// Computed from the compound weight of a salt whose hydration state is unknown: the highest value is used.
        case formRange = "form_range"
    }

    public var name: String
    public var kind: Kind
    /// "capsule", "tablet", "scoop", "ml"…
    public var servingUnit: String
    /// Elemental magnesium per serving (the highest value when only a range is known).
    public var elementalPerServing: Milligrams
    /// The lowest value when only a range is known.
    public var elementalPerServingLow: Milligrams?
    /// The form id of `supplement_forms.csv`, or the salt name when the hydration state is unknown.
    public var form: String?
    /// Compound weight per serving, when the label gave it.
    public var compoundPerServing: Milligrams?
    public var basis: Basis

    public init(
        name: String,
        kind: Kind = .supplement,
        servingUnit: String,
        elementalPerServing: Milligrams,
        elementalPerServingLow: Milligrams? = nil,
        form: String? = nil,
        compoundPerServing: Milligrams? = nil,
        basis: Basis
    ) {
        self.name = name
        self.kind = kind
        self.servingUnit = servingUnit
        self.elementalPerServing = elementalPerServing
        self.elementalPerServingLow = elementalPerServingLow
        self.form = form
        self.compoundPerServing = compoundPerServing
        self.basis = basis
    }

    /// The key that makes names unique per person: lowercased, single spaces.
    public static func nameKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "80.8 mg" or "80.8–115 mg (hydration state unknown; 115 mg is used for limit checks)".
    public var elementalText: String {
        let high = DecimalText.format(elementalPerServing.value, digits: 1)
        guard let low = elementalPerServingLow, low != elementalPerServing else { return "\(high) mg" }
        return "\(DecimalText.format(low.value, digits: 1))–\(high) mg"
    }
}
