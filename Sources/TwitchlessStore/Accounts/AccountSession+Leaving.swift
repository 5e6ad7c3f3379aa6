import Foundation
import SQLKit
public import TwitchlessCore

/// A person erased, by id only, and when.
public struct ErasedOwner: Sendable, Hashable {
    public var owner: OwnerID
    /// Unix seconds.
    public var erasedAt: Int64

    public init(owner: OwnerID, erasedAt: Int64) {
        self.owner = owner
        self.erasedAt = erasedAt
    }
}

extension AccountSession {
    /// Erases a person: their account, sessions, tokens and every row of their data (the schema cascades from the
    /// owner row), and remembers their id.
    public func erase(_ owner: OwnerID, at epochSeconds: Int64) async throws {
        try await database.delete(from: "owners").where("id", .equal, owner.rawValue).run()
        try await database.insert(into: "erased_owners").columns("id", "erased_at").values(owner.rawValue, epochSeconds)
            .onConflict(with: ["id"]) { $0.set(excludedValueOf: "erased_at") }.run()
    }

    /// Erases again the people in `remembered` whose data is back (a whole-database backup from before they left was
    /// restored): an owner row made before their erasure. An owner made afresh since (the local one) is kept.
    /// - Returns: the people erased again.
    public func eraseAgain(_ remembered: [ErasedOwner]) async throws -> [OwnerID] {
        var erased: [OwnerID] = []
        for person in remembered {
            guard let row = try await database.select().column("created_at").from("owners").where("id", .equal, person.owner.rawValue).first()
            else { continue }
            let created = try row.decode(column: "created_at", as: String.self)
            guard let made = Timestamp(iso8601: created), made.epochSeconds < person.erasedAt else { continue }
            try await erase(person.owner, at: person.erasedAt)
            erased.append(person.owner)
        }
        return erased
    }

    /// The people erased from this database.
    public func erasedOwners() async throws -> [ErasedOwner] {
        try await database.select().columns("id", "erased_at").from("erased_owners").orderBy("id").all().map { row in
            ErasedOwner(owner: OwnerID(try row.decode(column: "id", as: String.self)), erasedAt: try row.decode(column: "erased_at", as: Int64.self))
        }
    }

    /// Makes `to` the owner (and an admin) in place of `from`.
    public func handOwnership(from: UserID, to: UserID) async throws {
        try await database.update("users").set("is_owner", to: false).where("id", .equal, from.rawValue).run()
        try await database.update("users").set("is_owner", to: true).set("is_admin", to: true).where("id", .equal, to.rawValue).run()
    }

    /// Erases every person and account, and the counters kept about sign-ins; the server starts again at its
    /// first-run page, with an empty local owner for the command line.
    /// - Returns: the people erased.
    public func eraseEverything(at epochSeconds: Int64, createdAt: String) async throws -> [OwnerID] {
        let owners = try await database.select().column("id").from("owners").all().map { OwnerID(try $0.decode(column: "id", as: String.self)) }
        for owner in owners { try await erase(owner, at: epochSeconds) }
        for table in ["sign_in_failures", "rate_limits"] { try await database.delete(from: table).run() }
        try await database.insert(into: "owners").columns("id", "created_at").values(OwnerID.local.rawValue, createdAt).run()
        return owners
    }
}
