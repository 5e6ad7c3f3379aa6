package import TwitchlessCore
package import TwitchlessStore

/// Which of the person's products is meant: the row id (web and API) or the name they gave it (command line).
/// Another person's products are never reachable: the lookup runs in the person's own session.
package enum ProductChoice: Sendable {
    /// The id as a form or a JSON body gave it (nil or blank when none was chosen).
    case id(String?)
    case name(String)

    /// The product, read in an open transaction.
    /// - Throws: `invalidInput` when none was chosen; `notFound` when the person has no such product.
    package func find(in session: StoreSession) async throws -> StoreSession.StoredProduct {
        switch self {
        case .id(let raw):
            guard let id = InputText.given(raw) else {
                throw TwitchlessError.invalidInput("Please choose a product.", fix: "Add one first if you have none yet.", next: .addProduct)
            }
            guard let stored = try await session.products().first(where: { $0.id == ProductID(typed: id) }) else {
                throw TwitchlessError.notFound(
                    "There is no product with this id among yours.",
                    fix: "Choose one of your products, or add it.",
                    next: .seeProducts
                )
            }
            return stored
        case .name(let name):
            if let stored = try await session.product(named: name) { return stored }
            let names = try await session.products().map { "\"\($0.product.name)\"" }
            throw TwitchlessError.notFound(
                "You don't have a product called \"\(name)\".",
                fix: names.isEmpty ? "Add it first." : "Your products are: \(names.joined(separator: ", ")). Or add it.",
                next: .addProduct
            )
        }
    }
}

/// The person's magnesium products.
package enum ProductList {
    package static func list(context: AppContext) async throws(TwitchlessError) -> [StoreSession.StoredProduct] {
        try await context.read { try await $0.products() }
    }

    /// One of the person's products.
    /// - Throws: `notFound` when they have no such product.
    package static func product(_ choice: ProductChoice, context: AppContext) async throws(TwitchlessError) -> StoreSession.StoredProduct {
        try await context.read { try await choice.find(in: $0) }
    }
}
