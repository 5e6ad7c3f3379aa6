import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

/// A person on a fresh store of either engine, at a fixed time, for running the use cases in process.
struct AppFixture {
    let store: TwitchlessStore
    var context: AppContext

    /// 2026-11-24 18:00 in London, an adult with a birth year.
    static let now = "2026-11-24T18:00:00Z"
    static let profile = Profile(birth: .year(1980), sex: .female, timeZone: "Europe/London", country: "GB")

    /// The person's context at `iso` (default: `now`).
    static func context(_ store: TwitchlessStore, owner: OwnerID = .local, at iso: String = now, profile: Profile = profile) -> AppContext {
        let date = Date(timeIntervalSince1970: TimeInterval(Timestamp(iso8601: iso)!.epochSeconds))
        return AppContext(store: store, owner: owner, profile: profile, clock: AppContext.clock(for: profile, computer: .system), now: date)
    }

    /// Runs `body` with a person on a fresh store of `engine` (their profile saved), and closes the store afterwards.
    static func with(_ engine: TestStores.Engine, profile: Profile = profile, _ body: (AppFixture) async throws -> Void) async throws {
        let store = try await TestStores.open(engine)
        do {
            try await store.write(.local) { try await $0.saveProfile(profile) }
            try await body(AppFixture(store: store, context: context(store, profile: profile)))
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// The same person later (or earlier), for what changes with time.
    func at(_ iso: String) -> AppContext { Self.context(store, owner: context.owner, at: iso, profile: context.profile) }

    /// A second person on the same store, with their own account.
    func stranger() async throws -> AppContext {
        let user = try #require(
            try await store.accounts { accounts in
                try await accounts.createUser(
                    email: "stranger-\(UUID().uuidString)@example.org",
                    displayName: "Stranger",
                    passwordHash: "x",
                    adoptLocalData: false,
                    createdAt: "2026-11-24T18:00:00Z"
                )
            }
        )
        try await store.write(user.owner) { try await $0.saveProfile(Self.profile) }
        return Self.context(store, owner: user.owner)
    }
}

/// The error a use case throws, for checking its code and words.
func thrown(_ body: () async throws -> Void) async -> TwitchlessError? {
    do {
        try await body()
        return nil
    } catch let error as TwitchlessError {
        return error
    } catch {
        Issue.record("not a TwitchlessError: \(error)")
        return nil
    }
}
