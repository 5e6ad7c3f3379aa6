import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct MagnesiumConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a weight of a magnesium compound to elemental magnesium.",
        discussion: """
            Examples:
              twitchless magnesium convert 500 mg citrate
              twitchless magnesium convert 1 g oxide
              twitchless magnesium convert 400 mg citrate_nonahydrate --json

            JSON: {compound_mg, form, elemental_mg (null for a range), elemental_mg_range, states: [{form_id, \
            form_name, hydration_state, elemental_fraction, elemental_mg, arithmetic, source}]}.
            """
    )

    @Argument(
        parsing: .remaining,
        help: ArgumentHelp("An amount, an optional unit (mg or g) and a form, like: 500 mg citrate.", valueName: "amount unit form")
    )
    var words: [String] = []

    @OptionGroup var output: JSONOption

    struct JSONLine: Encodable {
        let formID: String
        let formName: String
        let hydrationState: String
        let elementalFraction: Double
        let elementalMg: Double
        let arithmetic: String
        let source: String
    }

    struct JSONResult: Encodable {
        let compoundMg: Double
        let form: String
        @Nullable var elementalMg: Double?
        @Nullable var elementalMgRange: [Double]?
        let states: [JSONLine]
    }

    mutating func validate() throws {
        words.removeAll { $0 == "--json" }
        if words.count < 2 { throw ValidationError("Please give an amount and a form, like: twitchless magnesium convert 500 mg citrate") }
    }

    func run() async throws {
        try await reportingErrors {
            var parts = words.flatMap { $0.split(separator: " ").map(String.init) }
            var amountText = parts.removeFirst()
            if let unitStart = amountText.firstIndex(where: { $0.isLetter }) {
                parts.insert(String(amountText[unitStart...]), at: 0)
                amountText = String(amountText[..<unitStart])
            }
            var scale = 1.0
            if let unit = parts.first?.lowercased(), unit == "mg" || unit == "g" {
                scale = unit == "g" ? 1000 : 1
                parts.removeFirst()
            }
            guard let amount = DecimalText.parse(amountText), amount > 0, amount * scale <= 1_000_000 else {
                throw TwitchlessError.invalidInput(
                    "\"\(amountText)\" is not an amount we can convert.",
                    fix: "Start with a number of mg or g up to 1 kg, like: 500 mg citrate."
                )
            }
            let formText = parts.joined(separator: " ")
            guard !formText.isEmpty else { throw TwitchlessError.invalidInput("Please name the form, like citrate or oxide.") }
            let catalog = try ReferenceLibrary.shipped.formCatalog()
            let forms: [SupplementForm]
            switch try catalog.match(formText) {
            case .form(let form): forms = [form]
            case .hydrationStates(_, let states): forms = states
            }
            let conversion = ElementalConversion(compound: Milligrams(amount * scale), forms: forms)
            if output.json {
                try Output.json(
                    JSONResult(
                        compoundMg: conversion.compound.value,
                        form: formText,
                        elementalMg: conversion.isRange ? nil : conversion.highest.value,
                        elementalMgRange: conversion.isRange ? [conversion.lowest.value, conversion.highest.value] : nil,
                        states: conversion.lines.map {
                            JSONLine(
                                formID: $0.form.id,
                                formName: $0.form.name,
                                hydrationState: $0.form.hydrationState,
                                elementalFraction: $0.form.elementalFraction,
                                elementalMg: $0.elemental.value,
                                arithmetic: $0.arithmetic,
                                source: $0.form.citation.source
                            )
                        }
                    )
                )
                return
            }
            if conversion.lines.count == 1, let line = conversion.lines.first {
                Output.print(
                    "\(conversion.compound.decimalText) mg of \(line.form.name.lowercased()) holds \(DecimalText.format(line.elemental.value, digits: 1)) mg elemental magnesium."
                )
                Output.print("  \(line.arithmetic) (\(line.form.percentText) magnesium by weight)")
            } else {
                Output.print(
                    Output.wrap(
                        "\(conversion.compound.decimalText) mg of magnesium \(formText) holds \(DecimalText.format(conversion.lowest.value, digits: 1))–\(DecimalText.format(conversion.highest.value, digits: 1)) mg elemental magnesium, depending on which form it is:"
                    )
                )
                for line in conversion.lines {
                    Output.print("  \(line.form.id): \(line.arithmetic) (\(line.form.hydrationState))")
                }
                Output.print(Output.wrap("If the label doesn't say which, count the higher value when checking the upper limit."))
            }
            Output.print("Source: supplement_forms.csv (formula and IUPAC standard atomic weights).")
        }
    }
}
