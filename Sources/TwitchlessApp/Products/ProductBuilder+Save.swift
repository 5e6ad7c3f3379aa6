package import TwitchlessCore
import TwitchlessReference
package import TwitchlessStore

extension ProductBuilder {
    /// What a product form or API request gives: the name, then elemental mg from the label, or the compound weight with its form.
    package struct Request: Sendable {
        package var name: String
        package var elemental: String?
        package var compound: String?
        package var form: String?
        package var hydrationUnknown = false
        package var unit: String?
        package var kind: String?

        package init(
            name: String,
            elemental: String?,
            compound: String?,
            form: String?,
            hydrationUnknown: Bool = false,
            unit: String?,
            kind: String?
        ) {
            self.name = name
            self.elemental = elemental
            self.compound = compound
            self.form = form
            self.hydrationUnknown = hydrationUnknown
            self.unit = unit
            self.kind = kind
        }
    }

    /// A product added: what was stored, the arithmetic in plain lines, and the notices for planning a supplement.
    package struct Added: Sendable {
        package var stored: StoreSession.StoredProduct
        package var explanation: [String]
        /// Kidney and young-child notices for the person's profile today.
        package var notices: [Notice]
    }

    /// Checks the request, builds the product and saves it: one action for the command line, the web app and the API.
    /// - Throws: `invalidInput` for missing or conflicting amounts; `conflict` when a product has this name already.
    package static func add(_ request: Request, context: AppContext) async throws(TwitchlessError) -> Added {
        let (product, explanation) = try build(request, context: context)
        let id = try await context.write { session -> ProductID in
            if let existing = try await session.product(named: product.name) {
                throw TwitchlessError(
                    .conflict,
                    "You already have a product called \"\(existing.product.name)\".",
                    fix: "Use that one, or choose another name."
                )
            }
            return try await session.insertProduct(product)
        }
        return Added(
            stored: StoreSession.StoredProduct(id: id, product: product),
            explanation: explanation,
            notices: try SupplementNotices.forPlanning(context: context)
        )
    }

    /// The product a request describes, with the arithmetic in plain lines; nothing is stored.
    static func build(_ request: Request, context: AppContext) throws(TwitchlessError) -> (SupplementProduct, [String]) {
        func given(_ text: String?) -> String? {
            guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
            return text
        }
        let name = request.name.trimmingWhitespace()
        guard !name.isEmpty, name.count <= 100 else {
            throw .invalidInput("Please give the product a name (up to 100 characters).", fix: "The name on the label works well.")
        }
        let elemental = given(request.elemental)
        let compound = given(request.compound)
        let form = given(request.form)
        if elemental == nil && compound == nil {
            throw .invalidInput(
                "Please give the elemental magnesium per serving, or the compound's weight with its form.",
                fix: "Most labels say \"Magnesium 100 mg (as glycinate)\": that 100 mg is elemental magnesium."
            )
        }
        if elemental != nil && compound != nil {
            throw .invalidInput(
                "Please give either the elemental magnesium or the compound's weight, not both.",
                fix: "When the label states elemental magnesium, use only that."
            )
        }
        if compound != nil && form == nil {
            throw .invalidInput(
                "The compound's weight needs its form, so it can be converted to elemental magnesium.",
                fix: "Choose the form on the label."
            )
        }
        let kind = try SupplementProduct.Kind.parse(given(request.kind) ?? "supplement", what: "product kind")
        let unit = String((given(request.unit) ?? "serving").prefix(40))
        let builder = ProductBuilder(catalog: try context.reference.formCatalog())
        return try builder.make(
            name: name,
            elemental: elemental,
            compound: compound,
            form: form,
            hydrationUnknown: request.hydrationUnknown,
            unit: unit,
            kind: kind
        )
    }
}
