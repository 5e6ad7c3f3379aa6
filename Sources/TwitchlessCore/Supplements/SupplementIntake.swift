/// Servings of a product taken at one time.
public struct SupplementIntake: Hashable, Sendable {
    public var productName: String
    public var takenAt: Timestamp
    public var servings: Double
    /// Elemental magnesium taken, fixed when logged so later label edits don't rewrite history.
    public var elemental: Milligrams
    public var productKind: SupplementProduct.Kind

    public init(productName: String, takenAt: Timestamp, servings: Double, elemental: Milligrams, productKind: SupplementProduct.Kind = .supplement) {
        self.productName = productName
        self.takenAt = takenAt
        self.servings = servings
        self.elemental = elemental
        self.productKind = productKind
    }
}
