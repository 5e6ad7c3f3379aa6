import Foundation
import SQLKit
public import TwitchlessCore

/// A read-only link to the person's doctor report for one period.
public struct ShareLink: Sendable, Equatable {
    /// Wrong passcodes after which a link stops opening until the person turns it on again.
    public static let wrongPasscodeLimit = 10

    public var id: ShareLinkID
    public var period: ClosedRange<LocalDate>
    public var expiresAt: Int64
    public var hasPasscode: Bool
    public var wrongPasscodes: Int
    public var revokedAt: String?
    public var openedCount: Int
    public var lastOpenedAt: Int64?
    public var createdAt: String

    /// Turned off by too many wrong passcodes.
    public var isLockedByPasscodes: Bool { wrongPasscodes >= Self.wrongPasscodeLimit }

    /// True while the link opens: not revoked, not expired at `now`, not locked by wrong passcodes.
    public func isOpen(now: Int64) -> Bool { revokedAt == nil && now < expiresAt && !isLockedByPasscodes }
}

/// A share link as the one who opens it finds it: whose it is, and its passcode's hash.
public struct OpenedShareLink: Sendable, Equatable {
    public var link: ShareLink
    public var owner: OwnerID
    public var passcodeHash: String?
}

extension StoreSession {
    static let shareLinkColumns =
        "id, owner_id, from_date, to_date, expires_at, passcode_hash, wrong_passcodes, revoked_at, opened_count, last_opened_at, created_at"

    static func decodeShareLink(_ row: any SQLRow) throws -> ShareLink {
        ShareLink(
            id: ShareLinkID(try row.value("id", as: String.self)),
            period: try row.localDate("from_date")...row.localDate("to_date"),
            expiresAt: try row.value("expires_at"),
            hasPasscode: try !row.decodeNil(column: "passcode_hash"),
            wrongPasscodes: try row.value("wrong_passcodes"),
            revokedAt: try row.optional("revoked_at"),
            openedCount: try row.value("opened_count"),
            lastOpenedAt: try row.optional("last_opened_at"),
            createdAt: try row.value("created_at")
        )
    }

    public func createShareLink(tokenHash: String, period: ClosedRange<LocalDate>, expiresAt: Int64, passcodeHash: String?) async throws -> ShareLink
    {
        let id = ShareLinkID(UUID().uuidString.lowercased())
        let created = now()
        try await database.insert(into: "share_links")
            .columns("id", "owner_id", "token_hash", "from_date", "to_date", "expires_at", "passcode_hash", "created_at")
            .values(
                id.rawValue,
                owner.rawValue,
                tokenHash,
                period.lowerBound.description,
                period.upperBound.description,
                expiresAt,
                passcodeHash,
                created
            )
            .run()
        return ShareLink(
            id: id,
            period: period,
            expiresAt: expiresAt,
            hasPasscode: passcodeHash != nil,
            wrongPasscodes: 0,
            revokedAt: nil,
            openedCount: 0,
            lastOpenedAt: nil,
            createdAt: created
        )
    }

    /// The person's share links, newest first.
    public func shareLinks() async throws -> [ShareLink] {
        try await database.raw(
            "SELECT \(unsafeRaw: Self.shareLinkColumns) FROM share_links WHERE owner_id = \(bind: owner.rawValue) ORDER BY created_at DESC, id"
        ).all().map(Self.decodeShareLink)
    }

    /// Turns a link off for good; false when the person has no such link open.
    public func revokeShareLink(_ id: ShareLinkID) async throws -> Bool {
        try await !database.raw(
            """
            UPDATE share_links SET revoked_at = \(bind: now())
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue) AND revoked_at IS NULL RETURNING id
            """
        ).all().isEmpty
    }

    /// Opens a link locked by wrong passcodes again (the count starts over); false when the person has no such link.
    public func unlockShareLink(_ id: ShareLinkID) async throws -> Bool {
        try await !database.raw(
            """
            UPDATE share_links SET wrong_passcodes = 0
            WHERE owner_id = \(bind: owner.rawValue) AND id = \(bind: id.rawValue) AND revoked_at IS NULL RETURNING id
            """
        ).all().isEmpty
    }
}

extension AccountSession {
    /// The share link with this token's hash, whoever's it is (the token is the only key to it).
    public func shareLink(tokenHash: String) async throws -> OpenedShareLink? {
        guard
            let row = try await database.raw(
                "SELECT \(unsafeRaw: StoreSession.shareLinkColumns) FROM share_links WHERE token_hash = \(bind: tokenHash)"
            ).first()
        else { return nil }
        return OpenedShareLink(
            link: try StoreSession.decodeShareLink(row),
            owner: OwnerID(try row.value("owner_id", as: String.self)),
            passcodeHash: try row.optional("passcode_hash")
        )
    }

    /// Counts one opening of the report.
    public func recordShareLinkOpened(_ id: ShareLinkID, at now: Int64) async throws {
        try await database.raw(
            "UPDATE share_links SET opened_count = opened_count + 1, last_opened_at = \(bind: now) WHERE id = \(bind: id.rawValue)"
        ).run()
    }

    /// Counts one wrong passcode; returns the count now.
    public func recordWrongPasscode(_ id: ShareLinkID) async throws -> Int {
        try await database.raw(
            "UPDATE share_links SET wrong_passcodes = wrong_passcodes + 1 WHERE id = \(bind: id.rawValue) RETURNING wrong_passcodes"
        ).first()?.value("wrong_passcodes") ?? ShareLink.wrongPasscodeLimit
    }
}
