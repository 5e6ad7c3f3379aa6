/// Whose data a query touches. Every table carries it; every query filters by it.
public struct OwnerID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The person using the command line on this computer.
    public static let local = OwnerID("local")

    public var description: String { rawValue }
}
