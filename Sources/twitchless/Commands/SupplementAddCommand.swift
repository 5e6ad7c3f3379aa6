import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct SupplementAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a magnesium product from its label.",
        discussion: """
            Most labels say "Magnesium 100 mg (as magnesium glycinate)": that 100 mg is elemental magnesium, \
            so use --elemental 100. If the label gives only the weight of the compound ("magnesium citrate 500 mg"), \
            use --compound 500 --form citrate and Twitchless converts it, showing the arithmetic.

            Some forms (citrate, chloride, lactate, malate, sulfate, orotate, aspartate, gluconate) are sold in \
            several hydration states with different amounts of magnesium. Name the state (--form citrate_nonahydrate); \
            if the label doesn't say, add --hydration-unknown: the range is shown and the higher value is used \
            for upper-limit checks.

            Magnesium antacids and laxatives count toward the supplement upper limit too: add them with --kind medicine.

            Examples:
              twitchless supplement add "Magnesium glycinate" --elemental 100 --unit capsule
              twitchless supplement add "Calm powder" --compound 2000 --form citrate --hydration-unknown --unit scoop
              twitchless supplement add "Milk of magnesia" --compound 1200 --form hydroxide --unit "15 ml" --kind medicine
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A name you will recognise, like the product's name.", valueName: "name"))
    var name: String

    @Option(parsing: .unconditional, help: ArgumentHelp("Elemental magnesium per serving in mg, as on the label.", valueName: "mg"))
    var elemental: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Weight of the magnesium compound per serving in mg (use with --form).", valueName: "mg"))
    var compound: String?

    @Option(
        help: ArgumentHelp("The magnesium form, like glycinate, citrate_anhydrous or oxide (see `twitchless magnesium forms`).", valueName: "form")
    )
    var form: String?

    @Flag(
        name: .customLong("hydration-unknown"),
        help: "The label doesn't say which hydration state: show the range and use the higher value for limit checks."
    )
    var hydrationUnknown = false

    @Option(help: ArgumentHelp("What one serving is: capsule, tablet, scoop, \"15 ml\"…", valueName: "serving"))
    var unit: String = "serving"

    @Option(help: ArgumentHelp("supplement (default) or medicine (antacid, laxative).", valueName: "kind"))
    var kind: String = "supplement"

    func validate() throws {
        if elemental == nil && compound == nil {
            throw ValidationError(
                "Please give the elemental magnesium per serving (--elemental MG) or the compound weight with its form (--compound MG --form FORM)."
            )
        }
        if elemental != nil && compound != nil {
            throw ValidationError("Please give either --elemental or --compound, not both. When the label states elemental magnesium, use only that.")
        }
        if compound != nil && form == nil {
            throw ValidationError("--compound needs --form, so the compound can be converted to elemental magnesium.")
        }
        if name.trimmingWhitespace().isEmpty { throw ValidationError("Please give the product a name.") }
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let added = try await ProductBuilder.add(
                    .init(
                        name: name,
                        elemental: elemental,
                        compound: compound,
                        form: form,
                        hydrationUnknown: hydrationUnknown,
                        unit: unit,
                        kind: kind
                    ),
                    context: context
                )
                let product = added.stored.product
                Output.print("Added \"\(product.name)\": \(product.elementalText) elemental magnesium per \(product.servingUnit).")
                for line in added.explanation { Output.print(Output.wrap(line, indent: "  ")) }
                Output.print("Log it with: twitchless log supplement \"\(product.name)\" --servings 1")
                for notice in added.notices { Output.print("\n" + NoticeLines.render(notice)) }
            }
        }
    }
}
