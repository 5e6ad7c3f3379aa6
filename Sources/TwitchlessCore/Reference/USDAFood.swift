/// One food of the USDA SR28 table, with its nutrients per 100 g (nil when SR28 has no value, which is not zero).
public struct USDAFood: Hashable, Sendable {
    /// The NDB number, e.g. "12016".
    public var id: String
    public var description: String
    public var commonNames: String
    public var foodGroup: String
    public var magnesiumPer100g: Double?
    public var caffeinePer100g: Double?
    public var alcoholGramsPer100g: Double?

    public init(
        id: String,
        description: String,
        commonNames: String,
        foodGroup: String,
        magnesiumPer100g: Double?,
        caffeinePer100g: Double?,
        alcoholGramsPer100g: Double?
    ) {
        self.id = id
        self.description = description
        self.commonNames = commonNames
        self.foodGroup = foodGroup
        self.magnesiumPer100g = magnesiumPer100g
        self.caffeinePer100g = caffeinePer100g
        self.alcoholGramsPer100g = alcoholGramsPer100g
    }

    /// The citation for this food's values.
    public var citation: SourceCitation {
        SourceCitation(
            source: "USDA Agricultural Research Service, National Nutrient Database for Standard Reference, Release 28 (2015, revised May 2016)",
            row: "usda_sr28_foods.csv: NDB \(id)"
        )
    }
}
