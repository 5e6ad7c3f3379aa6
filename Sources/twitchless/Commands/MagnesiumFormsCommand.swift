import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MagnesiumFormsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "List magnesium forms with their elemental magnesium and what the sources say about them.",
        discussion: """
            The elemental percentage is computed from each salt's formula and standard atomic weights. \
            When a label states elemental magnesium, that figure always wins.

            Examples:
              twitchless magnesium forms
              twitchless magnesium forms --json

            JSON: {forms: [{id, name, formula, hydration_state, elemental_fraction, elemental_percent, absorption, \
            absorption_source, gut_effects, gut_effects_source, notes, source}]}; each form as GET /api/v1/magnesium/forms shows it.
            """
    )

    @OptionGroup var output: JSONOption

    func run() async throws {
        try await reportingErrors {
            let forms = try ReferenceLibrary.shipped.formCatalog().forms
            if output.json { return try Output.json(["forms": forms.map(FormDocument.init)]) }
            Output.print("Magnesium forms: elemental magnesium as a share of the compound's weight.\n")
            let idWidth = forms.map(\.id.count).max() ?? 10
            for form in forms {
                let id = form.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                Output.print("\(id)\(form.percentText.leftPadded(7))  \(form.name)")
                Output.print(Output.wrap("Absorption: \(form.absorptionStatement)", indent: "    "))
                Output.print(Output.wrap("Gut: \(form.gutStatement)", indent: "    "))
                Output.print("")
            }
            Output.print(
                Output.wrap(
                    "Sources: formulas and weights from PubChem and IUPAC standard atomic weights; absorption and gut effects from the NIH Office of Dietary Supplements fact sheet. Full citations: twitchless magnesium forms --json"
                )
            )
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
