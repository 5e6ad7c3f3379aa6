/// Servings of a product taken at one time.
public struct SupplementIntake: Hashable, Sendable {
    public var productName: String
    public var takenAt: Timestamp
    public var servings: Double
    /// Elemental magnesium taken, fixed when logged so later label edits don't rewrite history; the higher value
    /// when the product's hydration state is unknown (used for upper-limit checks).
    public var elemental: Milligrams
    /// The lower value when the product's hydration state is unknown.
    public var elementalLow: Milligrams?
    public var productKind: SupplementProduct.Kind

    public init(
        productName: String,
        takenAt: Timestamp,
        servings: Double,
        elemental: Milligrams,
        elementalLow: Milligrams? = nil,
        productKind: SupplementProduct.Kind = .supplement
    ) {
        self.productName = productName
        self.takenAt = takenAt
        self.servings = servings
        self.elemental = elemental
        self.elementalLow = elementalLow
        self.productKind = productKind
    }

    /// Logs `servings` of `product`.
    public init(product: SupplementProduct, takenAt: Timestamp, servings: Double) {
        self.init(
            productName: product.name,
            takenAt: takenAt,
            servings: servings,
            elemental: product.elementalPerServing * servings,
            elementalLow: product.elementalPerServingLow.map { $0 * servings },
            productKind: product.kind
        )
    }
}
