import TwitchlessCore
package import TwitchlessStore

/// A food logged, as the API lists and returns it.
package struct FoodIntakeDocument: Encodable, Sendable {
    package var id: FoodIntakeID
    package var foodID: String
    package var description: String
    package var eatenAt: String
    package var grams: Double
    package var portion: String
    @Nullable package var magnesiumMg: Double?

    package init(_ stored: StoredFoodIntake) {
        id = stored.id
        foodID = stored.intake.foodID
        description = stored.intake.description
        eatenAt = stored.intake.eatenAt.iso8601
        grams = stored.intake.grams
        portion = stored.intake.portion
        magnesiumMg = stored.intake.magnesium?.value
    }
}

/// A supplement intake, as the API lists and returns it.
package struct SupplementIntakeDocument: Encodable, Sendable {
    package var id: SupplementIntakeID
    package var productID: ProductID
    package var product: String
    package var takenAt: String
    package var servings: Double
    package var elementalMg: Double
    @Nullable package var elementalMgLow: Double?

    package init(_ stored: StoredSupplementIntake) {
        id = stored.id
        productID = stored.productID
        product = stored.intake.productName
        takenAt = stored.intake.takenAt.iso8601
        servings = stored.intake.servings
        elementalMg = stored.intake.elemental.value
        elementalMgLow = stored.intake.elementalLow?.value
    }
}
