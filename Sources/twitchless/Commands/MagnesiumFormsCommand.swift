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
            absorption_source, gut_effects, gut_effects_source, notes, source}]}.
            """
    )

    @OptionGroup var output: JSONOption

    struct JSONForm: Encodable {
        let id: String
        let name: String
        let formula: String
        let hydration_state: String
        let elemental_fraction: Double
        let elemental_percent: Double
        let absorption: String
        let absorption_source: String
        let gut_effects: String
        let gut_effects_source: String
        let notes: String
        let source: String
    }

    func run() async throws {
        try await reportingErrors {
            let forms = try ReferenceLibrary.shipped.formCatalog().forms
            if output.json {
                try Output.json([
                    "forms": forms.map {
                        JSONForm(
                            id: $0.id,
                            name: $0.name,
                            formula: $0.formula,
                            hydration_state: $0.hydrationState,
                            elemental_fraction: $0.elementalFraction,
                            elemental_percent: ($0.elementalFraction * 10_000).rounded() / 100,
                            absorption: $0.absorptionStatement,
                            absorption_source: $0.absorptionSource,
                            gut_effects: $0.gutStatement,
                            gut_effects_source: $0.gutSource,
                            notes: $0.notes,
                            source: $0.citation.source
                        )
                    }
                ])
                return
            }
            print("Magnesium forms: elemental magnesium as a share of the compound's weight.\n")
            let idWidth = forms.map(\.id.count).max() ?? 10
            for form in forms {
                let id = form.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                print("\(id)\(form.percentText.leftPadded(7))  \(form.name)")
                print(Output.wrap("Absorption: \(form.absorptionStatement)", indent: "    "))
                print(Output.wrap("Gut: \(form.gutStatement)", indent: "    "))
                print("")
            }
            print(
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
