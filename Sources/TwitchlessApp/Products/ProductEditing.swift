package import TwitchlessCore
package import TwitchlessStore

/// Correcting a product (its name, its label amount, its unit) or deleting it with its intakes. One action each for
/// the web app and the API.
package enum ProductEditing {
    package struct Edited: Sendable {
        package var stored: StoreSession.StoredProduct
        package var explanation: [String]
        /// "Saved Calm caps. Intakes already logged keep the amount they were logged with."
        package var message: String
    }

    /// What deleting a product takes with it, for the question before it.
    package struct Consequences: Sendable {
        package var product: StoreSession.StoredProduct
        package var intakes: Int
        /// The first and last day it was logged.
        package var firstDay: LocalDate?
        package var lastDay: LocalDate?
        /// Why it can't be deleted now (it is the product of a trial that hasn't ended), or nil.
        package var refusal: TwitchlessError?
    }

    /// Replaces the product's values with the request's, keeping its id. Intakes already logged keep the amount they
    /// were logged with; a trial of it follows a new name.
    /// - Throws: `notFound` for a product the person doesn't have; `invalidInput` as for adding one; `conflict` when
    ///   another product has the new name.
    package static func edit(_ id: ProductID, _ request: ProductBuilder.Request, context: AppContext) async throws(TwitchlessError) -> Edited {
        let (product, explanation) = try ProductBuilder.build(request, context: context)
        let stored = try await context.write { session -> StoreSession.StoredProduct in
            let old = try await ProductChoice.id(id.rawValue).find(in: session)
            if let other = try await session.product(named: product.name), other.id != id {
                throw TwitchlessError(
                    .conflict,
                    "You already have a product called \"\(other.product.name)\".",
                    fix: "Choose another name, or delete one of the two."
                )
            }
            _ = try await session.replaceProduct(id: id, with: product)
            if old.product.name != product.name {
                try await session.renameTrialProduct(from: old.product.name, to: product.name)
            }
            return StoreSession.StoredProduct(id: id, product: product)
        }
        return Edited(
            stored: stored,
            explanation: explanation,
            message: "Saved \(product.name). Intakes you already logged keep the amount they were logged with; change one on its day if it was wrong."
        )
    }

    /// What deleting the product would take with it.
    package static func consequences(_ id: ProductID, context: AppContext) async throws(TwitchlessError) -> Consequences {
        try await context.read { session in try await consequences(id, in: session, context: context) }
    }

    static func consequences(_ id: ProductID, in session: StoreSession, context: AppContext) async throws -> Consequences {
        let stored = try await ProductChoice.id(id.rawValue).find(in: session)
        let (count, first, last) = try await session.supplementIntakeSpan(productID: id)
        let key = SupplementProduct.nameKey(stored.product.name)
        let trial = try await session.trials().first { SupplementProduct.nameKey($0.product) == key && $0.stop == nil && context.today <= $0.endDate }
        let refusal = trial.map { trial in
            TwitchlessError.invalidInput(
                "\(stored.product.name) is the product of your trial (\(DateWords.span(trial.startDate, trial.endDate))).",
                fix: "Stop the trial first, or keep the product until it ends.",
                next: .seeTrialReport
            )
        }
        return Consequences(product: stored, intakes: count, firstDay: first, lastDay: last, refusal: refusal)
    }

    /// Deletes the product and every intake of it; nothing else changes.
    /// - Throws: `notFound` for a product the person doesn't have; `invalidInput` while a trial of it hasn't ended.
    package static func remove(_ id: ProductID, context: AppContext) async throws(TwitchlessError) -> String {
        try await context.write { session -> String in
            let found = try await consequences(id, in: session, context: context)
            if let refusal = found.refusal { throw refusal }
            let removed = try await session.deleteProduct(id: id)
            let intakes = removed == 1 ? "its 1 logged intake" : "its \(removed) logged intakes"
            return "Deleted \(found.product.product.name)" + (removed == 0 ? "." : " and \(intakes).")
        }
    }
}
