package import TwitchlessCore
package import TwitchlessStore

/// One of the person's supplement products, as `supplement list --json` and `/api/v1/products` show it.
package struct ProductDocument: Encodable, Sendable {
    package var id: ProductID
    package var name: String
    package var kind: String
    package var servingUnit: String
    package var elementalMgPerServing: Double
    /// The lower end when the label's hydration state is unknown, else null.
    @Nullable package var elementalMgPerServingLow: Double?
    @Nullable package var form: String?
    @Nullable package var compoundMgPerServing: Double?
    package var basis: String

    package init(_ stored: StoreSession.StoredProduct) {
        let product = stored.product
        id = stored.id
        name = product.name
        kind = product.kind.rawValue
        servingUnit = product.servingUnit
        elementalMgPerServing = product.elementalPerServing.value
        elementalMgPerServingLow = product.elementalPerServingLow?.value
        form = product.form
        compoundMgPerServing = product.compoundPerServing?.value
        basis = product.basis.rawValue
    }
}

/// One of the person's medicines with what the sources say about it and magnesium, as `medicine list --json` and
/// `/api/v1/medicines` show it.
package struct MedicineDocument: Encodable, Sendable {
    package var name: String
    package var schedule: String
    @Nullable package var startDate: String?
    @Nullable package var endDate: String?
    package var inEffect: Bool
    /// Whether the interaction sources name it.
    package var known: Bool
    /// The ids of the interaction rules it matched.
    package var rules: [String]
    /// How to keep magnesium apart from it, in plain words; null when nothing needs keeping apart.
    @Nullable package var withMagnesium: String?

    package init(_ entry: MedicineList.Entry) {
        let medicine = entry.medicine
        name = medicine.name
        schedule = medicine.schedule.storageText
        startDate = medicine.startDate?.description
        endDate = medicine.endDate?.description
        inEffect = entry.isInEffect
        known = entry.isKnown
        rules = entry.ruleIDs
        withMagnesium = entry.window?.plainText
    }
}

/// A magnesium form from the sourced catalog, as `magnesium forms --json` and `/api/v1/magnesium/forms` show it.
package struct FormDocument: Encodable, Sendable {
    package var id: String
    package var name: String
    package var formula: String
    package var hydrationState: String
    package var elementalFraction: Double
    package var elementalPercent: Double
    package var absorption: String
    package var absorptionSource: String
    package var gutEffects: String
    package var gutEffectsSource: String
    package var notes: String
    package var source: String

    package init(_ form: SupplementForm) {
        id = form.id
        name = form.name
        formula = form.formula
        hydrationState = form.hydrationState
        elementalFraction = form.elementalFraction
        elementalPercent = (form.elementalFraction * 10_000).rounded() / 100
        absorption = form.absorptionStatement
        absorptionSource = form.absorptionSource
        gutEffects = form.gutStatement
        gutEffectsSource = form.gutSource
        notes = form.notes
        source = form.citation.source
    }
}

/// A food from the USDA table with its household portions, as `food search --json` and `/api/v1/foods` show it.
package struct FoodDocument: Encodable, Sendable {
    package var id: String
    package var description: String
    package var foodGroup: String
    @Nullable package var magnesiumMgPer100g: Double?
    package var portions: [String]

    private enum CodingKeys: String, CodingKey {
        case id, description, foodGroup
        case magnesiumMgPer100g = "magnesium_mg_per_100g"
        case portions
    }

    package init(_ food: USDAFood, portions: [USDAPortion]) {
        id = food.id
        description = food.description
        foodGroup = food.foodGroup
        magnesiumMgPer100g = food.magnesiumPer100g
        self.portions = portions.map(\.label)
    }
}

/// Times of a day when magnesium keeps clear of the person's medicines, or the notice saying why none are planned, as
/// `magnesium schedule --json` and `/api/v1/magnesium/schedule` show it.
package struct ScheduleDocument: Encodable, Sendable {
    package struct Window: Encodable, Sendable {
        package var from: String
        package var to: String
    }

    package struct Dose: Encodable, Sendable {
        package var medicine: String
        package var at: String
    }

    package var date: String
    package var free: [Window]
    @Nullable package var suggestion: String?
    package var doses: [Dose]
    @Nullable package var refused: Notice?

    package init(_ outcome: MagnesiumSchedulePlanner.Outcome, on day: LocalDate) {
        date = day.description
        switch outcome {
        case .refused(let notice):
            (free, suggestion, doses, refused) = ([], nil, [], notice)
        case .planned(let plan, _, _):
            let clock = MagnesiumSchedulePlanner.clock
            free = plan.free.map { Window(from: clock($0.start), to: clock($0.end - 1)) }
            suggestion = plan.suggestion.map(clock)
            doses = plan.doses.map { Dose(medicine: $0.medicine, at: $0.at.iso8601) }
            refused = nil
        }
    }
}
