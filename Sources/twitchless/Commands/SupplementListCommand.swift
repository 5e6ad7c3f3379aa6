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

            JSON: {products: [{id, name, kind, serving_unit, elemental_mg_per_serving, elemental_mg_per_serving_low \
            (null unless the hydration state is unknown), form, compound_mg_per_serving, basis (label, form or form_range)}]}; each product as \
            GET /api/v1/products shows it.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let stored = try await ProductList.list(context: context)
                let products = stored.map(\.product)
                if output.json { return try Output.json(["products": stored.map(ProductDocument.init)]) }
                if products.isEmpty {
                    Output.print("You haven't added any magnesium products yet.")
                    Output.print("Add one with: twitchless supplement add \"Magnesium glycinate\" --elemental 100 --unit capsule")
                    return
                }
                for product in products {
                    var line = "\(product.name): \(product.elementalText) elemental magnesium per \(product.servingUnit)"
                    if let form = product.form { line += " (\(form))" }
                    if product.kind == .medicine { line += ", a medicine" }
                    Output.print(line)
                }
            }
        }
    }
}
