import Foundation
import Hummingbird
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

/// Deleting an account, removing someone, handing the server on and erasing it.
@Suite("Leaving", .timeLimit(.minutes(5)))
struct LeavingTests {
    /// Everything a person has, counted through their backup.
    static func rows(_ store: TwitchlessStore, _ owner: OwnerID) async throws -> Int {
        try await PersonBackup.make(context: AppContext.forOwner(owner, store: store, now: Date())).counts.total
    }

    @Test(
        "A person deletes their account with a typed confirmation: their data is gone, their id remembered, the owner's kept",
        arguments: TestStores.Engine.allCases
    )
    func deleteAccount(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            _ = try await owner.request(.post, "/api/v1/episodes", json: #"{"site": "face"}"#, headers: .bearer(try await owner.makeToken()))
            let other = try await EditingPagesTests.secondPerson(owner)
            let token = try await other.makeToken()
            #expect(try await other.request(.post, "/api/v1/episodes", json: #"{"site": "calf_left"}"#, headers: .bearer(token)).status == .created)
            let person = try #require(try await harness.store.accountsLookup { try await $0.user(email: "other@example.org") })
            #expect(try await Self.rows(harness.store, person.owner) > 0)

            let settings = try await other.request(.get, "/settings")
            #expect(settings.body.contains("Delete my account") && settings.body.contains("href=\"/export/all.zip\""))
            #expect(settings.body.contains("Backups that whoever runs this server makes themselves may still hold it"))
            let wrong = try await other.request(
                .post,
                "/settings/account/delete",
                form: ["csrf": settings.csrf ?? "", "confirm": "someone@example.org"]
            )
            #expect(wrong.status == .unprocessableContent && wrong.body.contains("To confirm, type your email address exactly."))
            #expect(try await Self.rows(harness.store, person.owner) > 0)
            let forged = try await other.request(.post, "/settings/account/delete", form: ["confirm": "other@example.org"])
            #expect(forged.status == .forbidden)

            let deleted = try await other.request(
                .post,
                "/settings/account/delete",
                form: ["csrf": settings.csrf ?? "", "confirm": " Other@Example.org "]
            )
            #expect(deleted.status == .found && deleted.location == "/goodbye")
            #expect(try await other.request(.get, "/goodbye").body.contains("were erased from this server"))
            #expect(try await other.request(.get, "/settings").location == "/login")
            #expect(try await other.request(.get, "/api/v1/today", headers: .bearer(token)).status == .unauthorized)
            #expect(try await harness.store.accountsLookup { try await $0.user(email: "other@example.org") } == nil)
            #expect(try await Self.rows(harness.store, person.owner) == 0)
            #expect(try await harness.store.accounts { try await $0.erasedOwners() }.map(\.owner) == [person.owner])
            // The owner's data is untouched.
            #expect(try await Self.rows(harness.store, .local) > 0)
        }
    }

    @Test(
        "The owner hands the server on before deleting their account, removes someone with a typed email, and only the owner can",
        arguments: TestStores.Engine.allCases
    )
    func owner(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let other = try await EditingPagesTests.secondPerson(owner)
            var settings = try await owner.request(.get, "/settings")
            #expect(!settings.body.contains("Delete my account") && settings.body.contains("Hand this server to someone else"))
            // Not the owner: no removing, no handing on, no erasing.
            let otherUser = try #require(try await harness.store.accountsLookup { try await $0.user(email: "other@example.org") })
            let ownerUser = try #require(try await harness.store.accountsLookup { try await $0.user(email: "owner@example.org") })
            let theirs = try await other.request(.get, "/settings")
            #expect(
                try await other.request(
                    .post,
                    "/settings/people/\(ownerUser.id.rawValue)/remove",
                    form: ["csrf": theirs.csrf ?? "", "confirm": "owner@example.org"]
                ).status == .forbidden
            )
            #expect(
                try await other.request(.post, "/settings/erase", form: ["csrf": theirs.csrf ?? "", "confirm": "erase everything"]).status
                    == .forbidden
            )
            // Removing needs the person's email typed.
            let unsure = try await owner.request(
                .post,
                "/settings/people/\(otherUser.id.rawValue)/remove",
                form: ["csrf": settings.csrf ?? "", "confirm": "x"]
            )
            #expect(unsure.status == .unprocessableContent)
            // Handing on: the other person becomes the owner, and the old owner may then delete their account.
            let handed = try await owner.request(.post, "/settings/owner", form: ["csrf": settings.csrf ?? "", "to": otherUser.id.rawValue])
            #expect(handed.status == .found)
            #expect(try await harness.store.accountsLookup { try await $0.user(id: otherUser.id) }?.isOwner == true)
            settings = try await owner.request(.get, "/settings")
            #expect(settings.body.contains("Delete my account"))
            let newOwner = try await other.request(.get, "/settings")
            #expect(newOwner.body.contains("Erase the whole server") && newOwner.body.contains("Remove access"))
            let removed = try await other.request(
                .post,
                "/settings/people/\(ownerUser.id.rawValue)/remove",
                form: ["csrf": newOwner.csrf ?? "", "confirm": "owner@example.org"]
            )
            #expect(removed.status == .found, "\(removed.body)")
            #expect(try await harness.store.accountsLookup { try await $0.user(email: "owner@example.org") } == nil)
            #expect(try await owner.request(.get, "/settings").location == "/login")
        }
    }

    @Test("The owner alone deletes by erasing the server, which then starts at its first page", arguments: TestStores.Engine.allCases)
    func eraseEverything(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            _ = try await owner.request(.post, "/api/v1/episodes", json: #"{"site": "face"}"#, headers: .bearer(try await owner.makeToken()))
            let other = try await EditingPagesTests.secondPerson(owner)
            _ = other
            let settings = try await owner.request(.get, "/settings")
            let mine = try await owner.request(
                .post,
                "/settings/account/delete",
                form: ["csrf": settings.csrf ?? "", "confirm": "owner@example.org"]
            )
            #expect(mine.status == .conflict && mine.body.contains("Hand the server to another person first"))
            let wrong = try await owner.request(.post, "/settings/erase", form: ["csrf": settings.csrf ?? "", "confirm": "erase"])
            #expect(wrong.status == .unprocessableContent && wrong.body.contains("type &quot;erase everything&quot; exactly"))
            #expect(try await harness.store.accountsLookup { try await $0.userCount() } == 2)
            let erased = try await owner.request(.post, "/settings/erase", form: ["csrf": settings.csrf ?? "", "confirm": "Erase everything"])
            #expect(erased.status == .found && erased.location == "/setup")
            #expect(try await harness.store.accountsLookup { try await $0.userCount() } == 0)
            #expect(try await Self.rows(harness.store, .local) == 0)
            #expect(try await owner.fresh().request(.get, "/login").location == "/setup")
        }
    }
}
