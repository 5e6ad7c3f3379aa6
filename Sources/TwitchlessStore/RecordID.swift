public import TwitchlessCore

/// The id of one stored record of one kind. The kind is part of the type, so an episode's id can't be passed where a
/// product's or a person's is wanted; the text is what the database and the API carry.
public struct RecordID<Kind: RecordKind>: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// An id as a person or a client wrote it: spaces around it dropped, lower-cased as ids are stored.
    public init(typed text: String) { rawValue = text.trimmingWhitespace().lowercased() }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A kind of stored record: a type with no values that only tells ids apart.
public protocol RecordKind: Sendable {}

/// The kinds of record that have ids people and clients see.
public enum RecordKinds {
    public enum Episode: RecordKind {}
    public enum Product: RecordKind {}
    public enum Symptom: RecordKind {}
    public enum FoodIntake: RecordKind {}
    public enum SupplementIntake: RecordKind {}
    public enum User: RecordKind {}
    public enum APIToken: RecordKind {}
    public enum PushSubscription: RecordKind {}
    public enum ShareLink: RecordKind {}
}

public typealias EpisodeID = RecordID<RecordKinds.Episode>
public typealias PushSubscriptionID = RecordID<RecordKinds.PushSubscription>
public typealias ShareLinkID = RecordID<RecordKinds.ShareLink>
public typealias ProductID = RecordID<RecordKinds.Product>
public typealias SymptomID = RecordID<RecordKinds.Symptom>
public typealias FoodIntakeID = RecordID<RecordKinds.FoodIntake>
public typealias SupplementIntakeID = RecordID<RecordKinds.SupplementIntake>
public typealias UserID = RecordID<RecordKinds.User>
public typealias APITokenID = RecordID<RecordKinds.APIToken>
