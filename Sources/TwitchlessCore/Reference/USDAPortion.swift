/// One household portion of an SR28 food: `amount` × `unit` weighs `grams`.
public struct USDAPortion: Hashable, Sendable {
    public var foodID: String
    public var sequence: Int
    public var amount: Double
    public var unit: String
    public var grams: Double

    public init(foodID: String, sequence: Int, amount: Double, unit: String, grams: Double) {
        self.foodID = foodID
        self.sequence = sequence
        self.amount = amount
        self.unit = unit
        self.grams = grams
    }

    /// "1 cup (244 g)".
    public var label: String { "\(DecimalText.format(amount, digits: 3)) \(unit) (\(DecimalText.format(grams, digits: 1)) g)" }
}
