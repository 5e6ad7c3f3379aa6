/// Elemental magnesium in a weight of a magnesium compound, with the arithmetic shown.
public struct ElementalConversion: Hashable, Sendable {
    /// One hydration state's result.
    public struct Line: Hashable, Sendable {
        public var form: SupplementForm
        public var elemental: Milligrams
        /// "500 mg × 0.1616 = 80.8 mg".
        public var arithmetic: String
    }

    public var compound: Milligrams
    public var lines: [Line]

    /// Converts `compound` for each of `forms` (one form, or every hydration state of a salt).
    public init(compound: Milligrams, forms: [SupplementForm]) {
        self.compound = compound
        self.lines = forms.map { form in
            let elemental = Milligrams(compound.value * form.elementalFraction)
            let fraction = DecimalText.format(form.elementalFraction, digits: 4)
            let arithmetic = "\(compound.decimalText) mg × \(fraction) = \(DecimalText.format(elemental.value, digits: 1)) mg"
            return Line(form: form, elemental: elemental, arithmetic: arithmetic)
        }
    }

    /// The smallest elemental amount across the states.
    public var lowest: Milligrams { lines.map(\.elemental).min() ?? .zero }
    /// The largest elemental amount: the one to use for upper-limit checks when the state is unknown (POLICIES.md).
    public var highest: Milligrams { lines.map(\.elemental).max() ?? .zero }
    public var isRange: Bool { lines.count > 1 && lowest != highest }
}
