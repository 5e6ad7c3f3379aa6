package import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// Turns label facts into a product, with the arithmetic explained.
package struct ProductBuilder {
    package let catalog: FormCatalog

    package init(catalog: FormCatalog) { self.catalog = catalog }

    package func make(
        name: String,
        elemental: String?,
        compound: String?,
        form: String?,
        hydrationUnknown: Bool,
        unit: String,
        kind: SupplementProduct.Kind
    ) throws(TwitchlessError) -> (SupplementProduct, [String]) {
        if let elemental {
            let mg = try Self.milligrams(elemental, what: "elemental magnesium")
            var formID: String?
            if let form {
                switch try catalog.match(form) {
                case .form(let match): formID = match.id
                case .hydrationStates(let salt, _): formID = salt
                }
            }
            let product = SupplementProduct(
                name: name,
                kind: kind,
                servingUnit: unit,
                elementalPerServing: mg,
                form: formID,
                basis: .label
            )
            return (product, ["From the label: \(mg.decimalText) mg elemental magnesium per \(unit)."])
        }
        guard let compound, let form else {
            throw .invalidInput("Please give the elemental magnesium per serving, or the compound's weight with its form.")
        }
        let compoundMg = try Self.milligrams(compound, what: "compound weight")
        switch try catalog.match(form) {
        case .form(let match):
            let conversion = ElementalConversion(compound: compoundMg, forms: [match])
            let line = conversion.lines[0]
            let product = SupplementProduct(
                name: name,
                kind: kind,
                servingUnit: unit,
                elementalPerServing: line.elemental,
                form: match.id,
                compoundPerServing: compoundMg,
                basis: .form
            )
            var lines = ["\(match.name) is \(match.percentText) magnesium: \(line.arithmetic).", "Source: \(match.citation.row)."]
            if !match.notes.isEmpty { lines.append("Note: \(match.notes) If the label states elemental magnesium, give that amount instead.") }
            return (product, lines)
        case .hydrationStates(let salt, let forms):
            let conversion = ElementalConversion(compound: compoundMg, forms: forms)
            guard hydrationUnknown else {
                let options = conversion.lines.map {
                    "\($0.form.id) (\($0.form.hydrationState), \($0.form.percentText): \(DecimalText.format($0.elemental.value, digits: 1)) mg)"
                }
                throw .invalidInput(
                    "Magnesium \(salt) is sold in several forms that hold different amounts of magnesium: \(options.joined(separator: "; ")).",
                    fix:
                        "Choose the form on the label, like \(forms[0].id). If the label doesn't say which, say that the hydration state is unknown: the range is kept and the higher value is used for upper-limit checks.",
                    next: .give(.magnesiumForm, example: forms[0].id)
                )
            }
            let product = SupplementProduct(
                name: name,
                kind: kind,
                servingUnit: unit,
                elementalPerServing: conversion.highest,
                elementalPerServingLow: conversion.lowest,
                form: salt,
                compoundPerServing: compoundMg,
                basis: .formRange
            )
            var lines = ["The label doesn't say which \(salt) it is, so the amount is a range:"]
            lines += conversion.lines.map { "\($0.form.name): \($0.arithmetic)" }
            lines.append("The higher value, \(DecimalText.format(conversion.highest.value, digits: 1)) mg, is used for upper-limit checks.")
            return (product, lines)
        }
    }

    package static func milligrams(_ text: String, what: String) throws(TwitchlessError) -> Milligrams {
        var body = text.trimmingWhitespace().lowercased()
        var scale = 1.0
        if body.hasSuffix("mg") {
            body = String(body.dropLast(2)).trimmingWhitespace()
        } else if body.hasSuffix("g") {
            body = String(body.dropLast(1)).trimmingWhitespace()
            scale = 1000
        }
        guard let value = DecimalText.parse(body), value > 0 else {
            throw .invalidInput("We couldn't read the \(what) \"\(text)\".", fix: "Please give milligrams as a number above 0, like 250.")
        }
        // A typing check: no capsule, tablet or scoop weighs 10 g.
        guard value * scale <= 10_000 else {
            throw .invalidInput(
                "\(DecimalText.format(value * scale)) mg per serving can't be right.",
                fix: "Please check the label: amounts are usually in mg, like 250."
            )
        }
        return Milligrams(value * scale)
    }
}
