import SQLKit
public import TwitchlessCore

extension StoreSession {
    /// A stored product with its id.
    public struct StoredProduct: Sendable, Hashable {
        public var id: ProductID
        public var product: SupplementProduct

        public init(id: ProductID, product: SupplementProduct) {
            self.id = id
            self.product = product
        }
    }

    func decodeProduct(_ row: any SQLRow) throws -> StoredProduct {
        let product = SupplementProduct(
            name: try row.value("name"),
            kind: SupplementProduct.Kind(rawValue: try row.value("kind")) ?? .supplement,
            servingUnit: try row.value("serving_unit"),
            elementalPerServing: Milligrams(micrograms: try row.value("elemental_ug_per_serving")),
            elementalPerServingLow: try row.optional("elemental_ug_per_serving_low", as: Int64.self).map { Milligrams(micrograms: $0) },
            form: try row.optional("form"),
            compoundPerServing: try row.optional("compound_ug_per_serving", as: Int64.self).map { Milligrams(micrograms: $0) },
            basis: SupplementProduct.Basis(rawValue: try row.value("basis")) ?? .label
        )
        return StoredProduct(id: try row.value("id"), product: product)
    }

    static let productColumns = """
        id, name, kind, serving_unit, elemental_ug_per_serving, elemental_ug_per_serving_low, form, compound_ug_per_serving, basis
        """

    /// The product with this name (ignoring case and extra spaces), if any.
    public func product(named name: String) async throws -> StoredProduct? {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.productColumns) FROM supplement_products
            WHERE owner_id = \(bind: owner.rawValue) AND name_key = \(bind: SupplementProduct.nameKey(name))
            """
        ).first().map(decodeProduct)
    }

    /// Every product, by name.
    public func products() async throws -> [StoredProduct] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.productColumns) FROM supplement_products
            WHERE owner_id = \(bind: owner.rawValue) ORDER BY name_key
            """
        ).all().map(decodeProduct)
    }

    /// Adds a product; returns its id.
    public func insertProduct(_ product: SupplementProduct) async throws -> ProductID {
        let id = newID()
        try await database.insert(into: "supplement_products")
            .columns(
                "id",
                "owner_id",
                "name",
                "name_key",
                "kind",
                "serving_unit",
                "elemental_ug_per_serving",
                "elemental_ug_per_serving_low",
                "form",
                "compound_ug_per_serving",
                "basis",
                "created_at"
            )
            .values(
                id,
                owner.rawValue,
                product.name,
                SupplementProduct.nameKey(product.name),
                product.kind.rawValue,
                product.servingUnit,
                product.elementalPerServing.micrograms,
                product.elementalPerServingLow?.micrograms,
                product.form,
                product.compoundPerServing?.micrograms,
                product.basis.rawValue,
                now()
            )
            .run()
        return ProductID(id)
    }

    /// Records an intake; returns false when the same product was already logged at the same instant.
    public func insertSupplementIntake(productID: ProductID, _ intake: SupplementIntake) async throws -> Bool {
        let existing = try await database.raw(
            """
            SELECT id FROM supplement_intakes WHERE owner_id = \(bind: owner.rawValue)
              AND product_id = \(bind: productID.rawValue) AND taken_at = \(bind: intake.takenAt.epochSeconds)
            """
        ).first()
        if existing != nil { return false }
        try await database.insert(into: "supplement_intakes")
            .columns(
                "id",
                "owner_id",
                "product_id",
                "taken_at",
                "utc_offset_seconds",
                "local_date",
                "servings",
                "elemental_ug",
                "elemental_ug_low",
                "created_at"
            )
            .values(
                newID(),
                owner.rawValue,
                productID.rawValue,
                intake.takenAt.epochSeconds,
                intake.takenAt.utcOffsetSeconds,
                intake.takenAt.localDate.description,
                intake.servings,
                intake.elemental.micrograms,
                intake.elementalLow?.micrograms,
                now()
            )
            .run()
        return true
    }

    /// Intakes whose local date is within `dates`, in time order.
    public func supplementIntakes(in dates: ClosedRange<LocalDate>) async throws -> [SupplementIntake] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: Self.supplementColumns)
            FROM supplement_intakes i JOIN supplement_products p ON p.id = i.product_id AND p.owner_id = i.owner_id
            WHERE i.owner_id = \(bind: owner.rawValue)
              AND i.local_date >= \(bind: dates.lowerBound.description) AND i.local_date <= \(bind: dates.upperBound.description)
            ORDER BY i.taken_at
            """
        ).all().map { try decodeStoredSupplement($0).intake }
    }

    /// Supplemental magnesium from logged products per local date within `dates`.
    public func supplementTotals(in dates: ClosedRange<LocalDate>) async throws -> [LocalDate: Milligrams] {
        var totals: [LocalDate: Milligrams] = [:]
        for row in try await database.raw(
            """
            SELECT local_date, CAST(SUM(elemental_ug) AS BIGINT) AS total FROM supplement_intakes
            WHERE owner_id = \(bind: owner.rawValue)
              AND local_date >= \(bind: dates.lowerBound.description) AND local_date <= \(bind: dates.upperBound.description)
            GROUP BY local_date
            """
        ).all() {
            totals[try row.localDate("local_date")] = Milligrams(micrograms: try row.value("total", as: Int64.self))
        }
        return totals
    }
}
