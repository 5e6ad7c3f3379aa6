/// The tolerable upper intake level for supplemental magnesium that applies to the person.
public enum UpperLimit: Hashable, Sendable {
    /// A limit per day, from a row of `magnesium_ul.csv`.
    case established(Milligrams, body: Profile.UpperLimitBody, row: MagnesiumULRow)
    /// The source establishes no limit for this life stage (infants; EU for 1–3 years).
    case notEstablished(body: Profile.UpperLimitBody, row: MagnesiumULRow?)
    /// The person's age is not known yet.
    case unknown(body: Profile.UpperLimitBody)

    public var limit: Milligrams? {
        if case .established(let value, _, _) = self { return value }
        return nil
    }

    public var body: Profile.UpperLimitBody {
        switch self {
        case .established(_, let body, _), .notEstablished(let body, _), .unknown(let body): body
        }
    }

    public var row: MagnesiumULRow? {
        switch self {
        case .established(_, _, let row): row
        case .notEstablished(_, let row): row
        case .unknown: nil
        }
    }
}
