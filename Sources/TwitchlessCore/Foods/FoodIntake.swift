/// An amount of a USDA SR28 food eaten at one time.
public struct FoodIntake: Hashable, Sendable {
    public var foodID: String
    public var description: String
    public var eatenAt: Timestamp
    public var grams: Double
    /// The portion as the person gave it ("2 × 1 cup (244 g)").
    public var portion: String
    /// Magnesium in the amount; nil when SR28 has no magnesium value for the food (unknown, not zero).
    public var magnesium: Milligrams?

    public init(foodID: String, description: String, eatenAt: Timestamp, grams: Double, portion: String, magnesium: Milligrams?) {
        self.foodID = foodID
        self.description = description
        self.eatenAt = eatenAt
        self.grams = grams
        self.portion = portion
        self.magnesium = magnesium
    }
}
