import Foundation

/// Finds magnesium forms by the names people use, and is honest when a name covers several hydration states.
public struct FormCatalog: Sendable {
    public let forms: [SupplementForm]

    public init(forms: [SupplementForm]) { self.forms = forms }

    /// What a form name matched.
    public enum Match: Hashable, Sendable {
        /// Exactly one form.
        case form(SupplementForm)
        /// A salt sold in several hydration states (citrate, chloride, …); the label must say which.
        case hydrationStates(name: String, forms: [SupplementForm])
    }

    /// Hydration words that end a form id ("citrate_nonahydrate"), and the 1:1 salt marker.
    private static let stateSuffixes = [
        "anhydrous", "monohydrate", "dihydrate", "trihydrate", "tetrahydrate",
        "pentahydrate", "hexahydrate", "heptahydrate", "octahydrate", "nonahydrate", "1to1",
    ]

    /// The salt a form id belongs to: "citrate_nonahydrate" → "citrate", "oxide" → "oxide".
    public static func saltKey(of formID: String) -> String {
        for suffix in stateSuffixes where formID.hasSuffix("_" + suffix) {
            return String(formID.dropLast(suffix.count + 1))
        }
        return formID
    }

    static func normalize(_ text: String) -> String {
        var key = text.lowercased()
        // Drop a trailing note in parentheses ("milk of magnesia (suspension)"), not a formula's own ("Mg(OH)2").
        if let paren = key.range(of: " (") { key = String(key[..<paren.lowerBound]) }
        key = key.trimmingWhitespace()
        for prefix in ["magnesium ", "mg "] where key.hasPrefix(prefix) { key = String(key.dropFirst(prefix.count)) }
        key = key.replacingOccurrences(of: "sulph", with: "sulf")
        let mapped = key.map { $0.isLetter || $0.isNumber ? $0 : "_" }
        return String(mapped).split(separator: "_").joined(separator: "_")
    }

    /// Finds a form by id, name, alias or salt name.
    /// - Throws: `invalidInput` when nothing matches, listing the names that do.
    public func match(_ text: String) throws(TwitchlessError) -> Match {
        let key = Self.normalize(text)
        if let form = forms.first(where: { $0.id == key }) { return .form(form) }
        // A formula names one hydration state exactly ("MgCl2" is anhydrous, "MgCl2·6H2O" the hexahydrate).
        let formula = text.trimmingWhitespace().replacingOccurrences(of: ".", with: "·").replacingOccurrences(of: "*", with: "·")
        if let form = forms.first(where: { $0.formula == formula }) { return .form(form) }
        let group = forms.filter { Self.saltKey(of: $0.id) == key }
        if group.count == 1 { return .form(group[0]) }
        if group.count > 1 { return .hydrationStates(name: key, forms: group) }
        let byName = forms.filter { form in
            Self.normalize(form.name) == key || form.aliases.contains { Self.normalize($0) == key }
        }
        let salts = Set(byName.map { Self.saltKey(of: $0.id) })
        if salts.count == 1, let salt = salts.first {
            let all = forms.filter { Self.saltKey(of: $0.id) == salt }
            if byName.count == 1, all.count == 1 || byName[0].hydrationState != "anhydrous" || key.contains("hydrate") {
                return .form(byName[0])
            }
            return all.count == 1 ? .form(all[0]) : .hydrationStates(name: salt, forms: all)
        }
        let byPart = forms.filter { $0.id.split(separator: "_").contains(Substring(key)) }
        let partSalts = Set(byPart.map { Self.saltKey(of: $0.id) })
        if partSalts.count == 1, let salt = partSalts.first {
            let all = forms.filter { Self.saltKey(of: $0.id) == salt }
            return all.count == 1 ? .form(all[0]) : .hydrationStates(name: salt, forms: all)
        }
        throw .invalidInput(
            "\"\(text)\" is not a magnesium form we know.",
            fix: "Please use one of: \(knownNames.joined(separator: ", ")).",
            next: .seeMagnesiumForms
        )
    }

    /// The names to suggest: each salt once.
    public var knownNames: [String] {
        var seen: [String] = []
        for form in forms {
            let key = Self.saltKey(of: form.id)
            if !seen.contains(key) { seen.append(key) }
        }
        return seen
    }

    /// The form with exactly this id, if any.
    public func form(id: String) -> SupplementForm? { forms.first { $0.id == id } }
}
