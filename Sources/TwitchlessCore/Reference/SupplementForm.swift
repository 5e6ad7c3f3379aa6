/// One row of `supplement_forms.csv`: a magnesium salt in one hydration state.
public struct SupplementForm: Hashable, Sendable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var formula: String
    public var hydrationState: String
    public var molarMass: Double
    public var magnesiumAtoms: Int
    /// Elemental magnesium as a fraction of the compound's weight (0.6030 for the oxide).
    public var elementalFraction: Double
    public var absorptionStatement: String
    public var absorptionSource: String
    public var gutStatement: String
    public var gutSource: String
    public var notes: String
    public var citation: SourceCitation

    public init(
        id: String,
        name: String,
        aliases: [String],
        formula: String,
        hydrationState: String,
        molarMass: Double,
        magnesiumAtoms: Int,
        elementalFraction: Double,
        absorptionStatement: String,
        absorptionSource: String,
        gutStatement: String,
        gutSource: String,
        notes: String,
        citation: SourceCitation
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.formula = formula
        self.hydrationState = hydrationState
        self.molarMass = molarMass
        self.magnesiumAtoms = magnesiumAtoms
        self.elementalFraction = elementalFraction
        self.absorptionStatement = absorptionStatement
        self.absorptionSource = absorptionSource
        self.gutStatement = gutStatement
        self.gutSource = gutSource
        self.notes = notes
        self.citation = citation
    }

    /// The elemental percentage as shown to people, "60.30%".
    public var percentText: String {
        let hundredths = Int((elementalFraction * 10_000).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
