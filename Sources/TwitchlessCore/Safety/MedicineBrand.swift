/// A brand name and the generic medicines it contains (`sourced/medicine_brands.csv`, each row citing the product's
/// label or a national register).
public struct MedicineBrand: Hashable, Sendable {
    /// The brand as on the label ("Fosamax Plus D").
    public var name: String { didSet { words = Self.words(name) } }
    /// Every active ingredient, as the source lists them.
    public var ingredients: [String]
    /// The ingredients that `medication_interactions.csv` names, lowercased: what the brand matches.
    public var generics: [String]
    /// The product row of the interaction table this brand is, when a generic has product rows that differ.
    public var productRule: String?
    public var source: String

    public init(name: String, ingredients: [String], generics: [String], productRule: String? = nil, source: String) {
        self.name = name
        self.words = Self.words(name)
        self.ingredients = ingredients
        self.generics = generics
        self.productRule = productRule
        self.source = source
    }

    /// The brand's words, as names are compared (lowercased, split at anything but letters and digits), found once.
    public private(set) var words: [String]

    /// "Levo-T 100mg" → ["levo", "t", "100", "mg"]: runs of letters and runs of digits.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var currentIsDigits = false
        for character in text.lowercased() {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                continue
            }
            if !current.isEmpty, character.isNumber != currentIsDigits {
                words.append(current)
                current = ""
            }
            current.append(character)
            currentIsDigits = character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
