import Foundation
import Logging
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Rows nothing reads any more are removed in the background; everything still in use stays.
@Suite("Stale rows", .timeLimit(.minutes(5)))
struct StaleRowsTests {
    @Test(
        "One round removes expired sessions, old sign-in counts, rate-limit windows and idempotency keys, and expired links; it keeps the rest",
        arguments: TestStores.Engine.allCases
    )
    func removes(engine: TestStores.Engine) async throws {
        let now: Int64 = 1_795_543_200
        let store = try await TestStores.open(engine, clock: .fixed(Date(timeIntervalSince1970: TimeInterval(now))))
        let day: Int64 = 86_400
        let user = try #require(
            try await store.accounts {
                try await $0.createUser(
                    email: "o@example.org",
                    displayName: "O",
                    passwordHash: "x",
                    adoptLocalData: true,
                    createdAt: "2026-11-24T18:00:00Z"
                )
            }
        )
        try await store.accounts { accounts in
            try await accounts.createSession(tokenHash: "expired", userID: user.id, csrfToken: "c", expiresAt: now - 1, createdAt: "")
            try await accounts.createSession(tokenHash: "open", userID: user.id, csrfToken: "c", expiresAt: now + day, createdAt: "")
            for (key, last) in [("old", now - 3_600), ("recent", now - 60)] {
                _ = try await accounts.lockSignInFailures(key: key, now: last)
                try await accounts.saveSignInFailures(key: key, SignInFailures(failures: 7, firstAt: last, lastAt: last))
            }
            _ = try await accounts.countAttempt(key: "old window", now: now - 2 * day, windowSeconds: 3_600)
            _ = try await accounts.countAttempt(key: "this window", now: now, windowSeconds: 3_600)
            try await accounts.createInvitation(tokenHash: "expired invitation", createdBy: user.id, expiresAt: now - 1, createdAt: "")
            try await accounts.createInvitation(tokenHash: "open invitation", createdBy: user.id, expiresAt: now + day, createdAt: "")
            try await accounts.createPasswordReset(tokenHash: "expired reset", userID: user.id, createdBy: nil, expiresAt: now - 1, createdAt: "")
            try await accounts.createPasswordReset(tokenHash: "open reset", userID: user.id, createdBy: nil, expiresAt: now + 3_600, createdAt: "")
            try await accounts.createPendingSignIn(tokenHash: "waited too long", userID: user.id, expiresAt: now - 1, createdAt: "")
            try await accounts.createPendingSignIn(tokenHash: "waiting", userID: user.id, expiresAt: now + 60, createdAt: "")
        }
        try await store.write(user.owner) { session in
            let answer = IdempotentResponse(requestHash: "h", status: 201, body: "{}")
            try await session.saveIdempotentResponse(key: "month old", answer, at: now - AccountSession.idempotencyKeySeconds)
            try await session.saveIdempotentResponse(key: "yesterday", answer, at: now - day)
        }
        let service = HousekeepingService(store: store, interval: .seconds(600), signInWindowSeconds: 3_600, logger: Logger(label: "tests"))
        let removed = try await store.accounts { try await $0.removeStale(now: now, signInWindowSeconds: 3_600) }
        #expect(
            removed
                == StaleRows(sessions: 1, signInFailures: 1, rateLimits: 1, idempotencyKeys: 1, invitations: 1, passwordResets: 1, pendingSignIns: 1)
        )
        // The next round (as the service runs it) finds nothing more; what is in use is all still there.
        #expect(await service.runOnce()?.total == 0)
        let kept = try await store.accounts { accounts -> [Bool] in
            [
                try await accounts.session(tokenHash: "open", now: now) != nil,
                try await accounts.lockSignInFailures(key: "recent", now: now).failures == 7,
                try await accounts.attempts(key: "this window", now: now, windowSeconds: 3_600) == 1,
                try await accounts.isInvitationOpen(tokenHash: "open invitation", now: now),
                try await accounts.openPasswordReset(tokenHash: "open reset", now: now) != nil,
                try await accounts.pendingSignIn(tokenHash: "waiting", now: now) != nil,
            ]
        }
        #expect(kept == [true, true, true, true, true, true])
        #expect(try await store.read(user.owner) { try await $0.idempotentResponse(key: "yesterday") } != nil)
        await store.close()
    }
}
