import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct SupplementListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List your magnesium products.",
        discussion: """
            Example:
              twitchless supplement list --json

            JSON: {products: [{name, kind, serving_unit, elemental_mg_per_serving, elemental_mg_per_serving_low \
            (null unless the hydration state is unknown), form, compound_mg_per_serving, basis (label, form or form_range)}]}.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    struct JSONProduct: Encodable {
        let name: String
        let kind: String
        let serving_unit: String
        let elemental_mg_per_serving: Double
        @Nullable var elemental_mg_per_serving_low: Double?
        @Nullable var form: String?
        @Nullable var compound_mg_per_serving: Double?
        let basis: String
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let products = try await ProductList.list(context: context).map(\.product)
                if output.json {
                    try Output.json([
                        "products": products.map {
                            JSONProduct(
                                name: $0.name,
                                kind: $0.kind.rawValue,
                                serving_unit: $0.servingUnit,
                                elemental_mg_per_serving: $0.elementalPerServing.value,
                                elemental_mg_per_serving_low: $0.elementalPerServingLow?.value,
                                form: $0.form,
                                compound_mg_per_serving: $0.compoundPerServing?.value,
                                basis: $0.basis.rawValue
                            )
                        }
                    ])
                    return
                }
                if products.isEmpty {
                    print("You haven't added any magnesium products yet.")
                    print("Add one with: twitchless supplement add \"Magnesium glycinate\" --elemental 100 --unit capsule")
                    return
                }
                for product in products {
                    var line = "\(product.name): \(product.elementalText) elemental magnesium per \(product.servingUnit)"
                    if let form = product.form { line += " (\(form))" }
                    if product.kind == .medicine { line += ", a medicine" }
                    print(line)
                }
            }
        }
    }
}
