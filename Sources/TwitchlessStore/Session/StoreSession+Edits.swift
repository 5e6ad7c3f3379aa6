import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// The owner's episode at this instant, site and kind, with its id, or nil.
    public func storedEpisode(matching key: Episode.Key) async throws -> StoredEpisode? {
        try await database.raw(
            """
            SELECT id, \(unsafeRaw: Self.episodeColumns) FROM episodes
            WHERE owner_id = \(bind: owner.rawValue) AND started_at = \(bind: key.epochSeconds)
              AND site = \(bind: key.site.rawValue) AND kind = \(bind: key.kind.rawValue)
            """
        ).first().map { StoredEpisode(id: try $0.value("id"), episode: try decodeEpisode($0)) }
    }

    /// Replaces every value of the owner's episode with this id; false when there is none (also for another
    /// person's id). The caller checks first that no other episode has the new instant, site and kind.
    public func replaceEpisode(id: EpisodeID, with episode: Episode) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE episodes SET started_at = \(bind: episode.startedAt.epochSeconds),
                utc_offset_seconds = \(bind: episode.startedAt.utcOffsetSeconds), local_date = \(bind: episode.localDate.description),
                site = \(bind: episode.site.rawValue), kind = \(bind: episode.kind.rawValue), intensity = \(bind: episode.intensity),
                duration_seconds = \(bind: episode.durationSeconds), pain = \(bind: episode.pain), note = \(bind: episode.note)
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }
}

/// A food eaten, with its stored id.
public struct StoredFoodIntake: Hashable, Sendable {
    public var id: FoodIntakeID
    public var intake: FoodIntake

    public init(id: FoodIntakeID, intake: FoodIntake) {
        self.id = id
        self.intake = intake
    }
}

/// A supplement intake, with its stored id and its product's.
public struct StoredSupplementIntake: Hashable, Sendable {
    public var id: SupplementIntakeID
    public var productID: ProductID
    public var intake: SupplementIntake

    public init(id: SupplementIntakeID, productID: ProductID, intake: SupplementIntake) {
        self.id = id
        self.productID = productID
        self.intake = intake
    }
}

extension StoreSession {
    static let foodColumns = "id, food_id, description, eaten_at, utc_offset_seconds, grams, portion, magnesium_ug"

    func decodeStoredFood(_ row: any SQLRow) throws -> StoredFoodIntake {
        StoredFoodIntake(
            id: try row.value("id"),
            intake: FoodIntake(
                foodID: try row.value("food_id"),
                description: try row.value("description"),
                eatenAt: Timestamp(epochSeconds: try row.value("eaten_at"), utcOffsetSeconds: try row.value("utc_offset_seconds")),
                grams: try row.value("grams"),
                portion: try row.value("portion"),
                magnesium: try row.optional("magnesium_ug", as: Int64.self).map { Milligrams(micrograms: $0) }
            )
        )
    }

    /// The foods of one local date with their ids, in time order.
    public func storedFoodIntakes(on date: LocalDate) async throws -> [StoredFoodIntake] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.foodColumns) FROM food_intakes
            WHERE owner_id = \(bind: owner.rawValue) AND local_date = \(bind: date.description) ORDER BY eaten_at, id
            """
        ).all().map(decodeStoredFood)
    }

    /// The owner's food intake with this id, or nil (also for another person's id).
    public func storedFoodIntake(id: FoodIntakeID) async throws -> StoredFoodIntake? {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.foodColumns) FROM food_intakes WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            """
        ).first().map(decodeStoredFood)
    }

    /// Replaces the amount and time of the owner's food intake with this id; false when there is none.
    public func replaceFoodIntake(id: FoodIntakeID, with intake: FoodIntake) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE food_intakes SET eaten_at = \(bind: intake.eatenAt.epochSeconds), utc_offset_seconds = \(bind: intake.eatenAt.utcOffsetSeconds),
                local_date = \(bind: intake.eatenAt.localDate.description), grams = \(bind: intake.grams), portion = \(bind: intake.portion),
                magnesium_ug = \(bind: intake.magnesium?.micrograms)
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// Deletes the owner's food intake with this id; false when there is none.
    public func deleteFoodIntake(id: FoodIntakeID) async throws -> Bool {
        !(try await database.raw(
            "DELETE FROM food_intakes WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue) RETURNING id"
        ).all()).isEmpty
    }

    static let supplementColumns = """
        i.id, i.product_id, p.name, p.kind, i.taken_at, i.utc_offset_seconds, i.servings, i.elemental_ug, i.elemental_ug_low
        """

    func decodeStoredSupplement(_ row: any SQLRow) throws -> StoredSupplementIntake {
        StoredSupplementIntake(
            id: try row.value("id"),
            productID: try row.value("product_id"),
            intake: SupplementIntake(
                productName: try row.value("name"),
                takenAt: Timestamp(epochSeconds: try row.value("taken_at"), utcOffsetSeconds: try row.value("utc_offset_seconds")),
                servings: try row.value("servings"),
                elemental: Milligrams(micrograms: try row.value("elemental_ug")),
                elementalLow: try row.optional("elemental_ug_low", as: Int64.self).map { Milligrams(micrograms: $0) },
                productKind: SupplementProduct.Kind(rawValue: try row.value("kind")) ?? .supplement
            )
        )
    }

    /// The supplement intakes of one local date with their ids, in time order.
    public func storedSupplementIntakes(on date: LocalDate) async throws -> [StoredSupplementIntake] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.supplementColumns)
            FROM supplement_intakes i JOIN supplement_products p ON p.id = i.product_id AND p.owner_id = i.owner_id
            WHERE i.owner_id = \(bind: owner.rawValue) AND i.local_date = \(bind: date.description) ORDER BY i.taken_at, i.id
            """
        ).all().map(decodeStoredSupplement)
    }

    /// The owner's supplement intake with this id, or nil (also for another person's id).
    public func storedSupplementIntake(id: SupplementIntakeID) async throws -> StoredSupplementIntake? {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.supplementColumns)
            FROM supplement_intakes i JOIN supplement_products p ON p.id = i.product_id AND p.owner_id = i.owner_id
            WHERE i.owner_id = \(bind: owner.rawValue) AND i.id = \(bind: id.rawValue)
            """
        ).first().map(decodeStoredSupplement)
    }

    /// The id of the owner's intake of this product at this instant, if one is logged.
    public func supplementIntakeID(productID: ProductID, takenAt epochSeconds: Int64) async throws -> SupplementIntakeID? {
        try await database.raw(
            """
            SELECT id FROM supplement_intakes WHERE owner_id = \(bind: owner.rawValue)
              AND product_id = \(bind: productID.rawValue) AND taken_at = \(bind: epochSeconds)
            """
        ).first().map { try $0.value("id") }
    }

    /// Replaces the time, servings and amounts of the owner's supplement intake with this id; false when there is none.
    /// The caller checks first that the product isn't already logged at the new instant.
    public func replaceSupplementIntake(id: SupplementIntakeID, with intake: SupplementIntake) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE supplement_intakes SET taken_at = \(bind: intake.takenAt.epochSeconds), utc_offset_seconds = \(bind: intake.takenAt.utcOffsetSeconds),
                local_date = \(bind: intake.takenAt.localDate.description), servings = \(bind: intake.servings),
                elemental_ug = \(bind: intake.elemental.micrograms), elemental_ug_low = \(bind: intake.elementalLow?.micrograms)
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// Deletes the owner's supplement intake with this id; false when there is none.
    public func deleteSupplementIntake(id: SupplementIntakeID) async throws -> Bool {
        !(try await database.raw(
            "DELETE FROM supplement_intakes WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue) RETURNING id"
        ).all()).isEmpty
    }
}

extension StoreSession {
    /// Replaces every value of the owner's product with this id; false when there is none.
    public func replaceProduct(id: ProductID, with product: SupplementProduct) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE supplement_products SET name = \(bind: product.name), name_key = \(bind: SupplementProduct.nameKey(product.name)),
                kind = \(bind: product.kind.rawValue), serving_unit = \(bind: product.servingUnit),
                elemental_ug_per_serving = \(bind: product.elementalPerServing.micrograms),
                elemental_ug_per_serving_low = \(bind: product.elementalPerServingLow?.micrograms), form = \(bind: product.form),
                compound_ug_per_serving = \(bind: product.compoundPerServing?.micrograms), basis = \(bind: product.basis.rawValue)
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// Points the owner's trials of a product at its new name.
    public func renameTrialProduct(from old: String, to new: String) async throws {
        for row in try await database.raw("SELECT id, product FROM trials WHERE owner_id = \(bind: owner.rawValue)").all()
        where SupplementProduct.nameKey(try row.value("product", as: String.self)) == SupplementProduct.nameKey(old) {
            try await database.raw(
                "UPDATE trials SET product = \(bind: new) WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: try row.value("id", as: String.self))"
            ).run()
        }
    }

    /// How many intakes of the product are logged, and the first and last day.
    public func supplementIntakeSpan(productID: ProductID) async throws -> (count: Int, first: LocalDate?, last: LocalDate?) {
        guard
            let row = try await database.raw(
                """
                SELECT COUNT(*) AS n, MIN(local_date) AS first, MAX(local_date) AS last FROM supplement_intakes
                WHERE owner_id = \(bind: owner.rawValue) AND product_id = \(bind: productID.rawValue)
                """
            ).first()
        else { return (0, nil, nil) }
        return (
            Int(try row.value("n", as: Int64.self)),
            try row.optional("first", as: String.self).flatMap(LocalDate.init(iso:)),
            try row.optional("last", as: String.self).flatMap(LocalDate.init(iso:))
        )
    }

    /// Deletes the owner's product and its intakes; returns how many intakes went.
    public func deleteProduct(id: ProductID) async throws -> Int {
        let intakes = try await database.raw(
            "DELETE FROM supplement_intakes WHERE owner_id = \(bind: owner.rawValue) AND product_id = \(bind: id.rawValue) RETURNING id"
        ).all()
        try await database.raw("DELETE FROM supplement_products WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)").run()
        return intakes.count
    }
}

extension StoreSession {
    /// Replaces the time and note of the owner's symptom with this id; false when there is none. The caller checks
    /// first that the same symptom isn't already logged at the new instant.
    public func replaceSymptom(id: SymptomID, with symptom: LoggedSymptom) async throws -> Bool {
        let rows = try await database.raw(
            """
            UPDATE symptoms SET logged_at = \(bind: symptom.at.epochSeconds), utc_offset_seconds = \(bind: symptom.at.utcOffsetSeconds),
                local_date = \(bind: symptom.at.localDate.description), note = \(bind: symptom.note)
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }
}
