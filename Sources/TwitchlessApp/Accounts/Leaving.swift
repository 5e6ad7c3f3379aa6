package import Foundation
package import TwitchlessCore
package import TwitchlessStore

/// Leaving: deleting one's own account, the owner removing someone, handing the server to someone else, and erasing
/// the whole server. Each erases from the live database at once, remembers the id, and says plainly what backups may
/// still hold.
package enum Leaving {
    /// The phrase the owner types to erase the whole server.
    package static let eraseEverythingPhrase = "erase everything"

    /// What the server's scheduled backups still hold, in plain words.
    package static func backupWords(_ backups: ServerBackups?) -> String {
        guard let backups else {
            return "Backups that whoever runs this server makes themselves may still hold it until they are replaced."
        }
        let seconds = Double(backups.interval.components.seconds) * Double(backups.keep)
        let days = max(1, Int((seconds / 86_400).rounded(.up)))
        return "This server's backups still hold it until they age out, within \(days) \(days == 1 ? "day" : "days")."
    }

    /// Erases the person's own account and data.
    /// - Throws: `invalidInput` when the confirmation isn't their email; `conflict` for the owner, who hands the
    ///   server on (or erases it) instead.
    package static func deleteAccount(
        _ user: User,
        confirmation: String,
        store: TwitchlessStore,
        backups: ServerBackups?
    ) async throws(TwitchlessError) {
        try confirm(confirmation, matches: user.email, what: "your email address")
        if user.isOwner {
            let others = try await store.accountsLookup { try await $0.userCount() } - 1
            throw TwitchlessError(
                .conflict,
                others > 0
                    ? "You own this server, so your account can't be deleted while \(others == 1 ? "someone else uses" : "\(others) other people use") it."
                    : "You own this server and are the only person on it, so deleting your account means erasing the server.",
                fix: others > 0
                    ? "Hand the server to another person first (below), or erase the whole server. Nothing was deleted."
                    : "Erase the whole server instead (below). Nothing was deleted."
            )
        }
        try await erase([user.owner], store: store, backups: backups)
    }

    /// The owner removes someone's access: their account and their data, which the owner never sees.
    package static func removePerson(
        _ id: UserID,
        by owner: User,
        confirmation: String,
        store: TwitchlessStore,
        backups: ServerBackups?
    ) async throws(TwitchlessError) -> User {
        let person = try await someoneElse(id, by: owner, to: "remove someone", store: store)
        try confirm(confirmation, matches: person.email, what: "their email address, \(person.email),")
        try await erase([person.owner], store: store, backups: backups)
        return person
    }

    /// The owner hands the server to another person, who becomes the owner and an admin.
    package static func handOver(to id: UserID, by owner: User, store: TwitchlessStore) async throws(TwitchlessError) -> User {
        let person = try await someoneElse(id, by: owner, to: "hand the server on", store: store)
        try await store.accounts { try await $0.handOwnership(from: owner.id, to: id) }
        return person
    }

    /// The owner erases every person, account and entry; the server opens at its first-run page.
    package static func eraseEverything(
        by owner: User,
        confirmation: String,
        store: TwitchlessStore,
        backups: ServerBackups?
    ) async throws(TwitchlessError) -> Int {
        try requireOwner(owner, to: "erase the server")
        try confirm(confirmation, matches: eraseEverythingPhrase, what: "\"\(eraseEverythingPhrase)\"")
        let now = store.clock.epochSeconds
        let created = store.nowText()
        let erased = try await store.accounts { try await $0.eraseEverything(at: now, createdAt: created) }
        // The local owner is made again at once, after the erasure, so a restored backup's old one goes but the new one stays.
        backups?.remember(erased.map { ErasedOwner(owner: $0, erasedAt: now) })
        return erased.count
    }

    /// Erases again the people who left, whose data is back because a whole-database backup from before they left
    /// was restored (the list beside the backups remembers them). Run before the server takes requests.
    /// - Returns: the people erased again.
    package static func eraseAgain(store: TwitchlessStore, backups: ServerBackups) async throws(TwitchlessError) -> [OwnerID] {
        let remembered = backups.erased()
        guard !remembered.isEmpty else { return [] }
        return try await store.accounts { try await $0.eraseAgain(remembered) }
    }

    private static func erase(_ owners: [OwnerID], store: TwitchlessStore, backups: ServerBackups?) async throws(TwitchlessError) {
        let now = store.clock.epochSeconds
        try await store.accounts { accounts in
            for owner in owners { try await accounts.erase(owner, at: now) }
        }
        backups?.remember(owners.map { ErasedOwner(owner: $0, erasedAt: now) })
    }

    private static func requireOwner(_ user: User, to action: String) throws(TwitchlessError) {
        guard user.isOwner else { throw TwitchlessError(.forbidden, "Only the owner can \(action).", fix: "Ask the owner of this Twitchless.") }
    }

    /// Another person with an account here, for the owner to act on.
    private static func someoneElse(_ id: UserID, by owner: User, to action: String, store: TwitchlessStore) async throws(TwitchlessError) -> User {
        try requireOwner(owner, to: action)
        guard id != owner.id, let person = try await store.accountsLookup({ try await $0.user(id: id) }) else {
            throw TwitchlessError(.notFound, "There is no such other person here.", fix: "See the people in Settings.")
        }
        return person
    }

    private static func confirm(_ typed: String, matches expected: String, what: String) throws(TwitchlessError) {
        guard typed.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == expected.lowercased() else {
            throw TwitchlessError(.invalidInput, "To confirm, type \(what) exactly.", fix: "Nothing was deleted.")
        }
    }
}
