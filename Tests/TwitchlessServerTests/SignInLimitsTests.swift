import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Failed sign-ins slow guessing without letting a stranger lock a person out.
@Suite("Sign-in limits", .timeLimit(.minutes(10)))
struct SignInLimitsTests {
    static let email = "o@example.org"
    static let password = "the right password"

    /// Behind a proxy on this computer, so each request can come from the address its X-Forwarded-For names.
    /// A first wait of a minute, so an attempt right after a failure is surely still waiting on a busy machine.
    static func harness(
        _ engine: TestStores.Engine = .sqlite,
        limits: SignInLimits = SignInLimits(firstWaitSeconds: 60)
    ) async throws -> ServerHarness {
        try await ServerHarness.make(
            engine,
            settings: ServerSettings(port: 0, signInLimits: limits, bcryptCost: 4, trustedProxies: ["127.0.0.1", "::1"])
        )
    }

    @discardableResult
    static func signIn(_ browser: Browser, from address: String, email: String = email, password: String) async throws -> Browser.Page {
        let from: HTTPFields = [.xForwardedFor: address]
        let page = try await browser.request(.get, "/login", headers: from)
        return try await browser.request(.post, "/login", form: ["csrf": page.csrf ?? "", "email": email, "password": password], headers: from)
    }

    @Test("Waits: none for the first 5 failures, then 1, 2, 4 … seconds, at most 15 minutes")
    func waits() {
        let limits = SignInLimits()
        #expect((0...4).map { limits.wait(after: $0, allowance: 5) } == [0, 0, 0, 0, 0])
        #expect((5...14).map { limits.wait(after: $0, allowance: 5) } == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512])
        #expect(limits.wait(after: 15, allowance: 5) == 900 && limits.wait(after: 1_000, allowance: 5) == 900)
        #expect(limits.wait(after: 49, allowance: 50) == 0 && limits.wait(after: 50, allowance: 50) == 1)
        #expect(
            [1, 8, 59, 60, 61, 900].map(AccountController.waitWords) == [
                "1 second", "8 seconds", "59 seconds", "1 minute", "2 minutes", "15 minutes",
            ]
        )
    }

    @Test(
        "Counted in the database: each wait doubles from the last failure, only failures count, and an hour later it starts again",
        arguments: TestStores.Engine.allCases
    )
    func doubling(engine: TestStores.Engine) async throws {
        let store = try await TestStores.open(engine)
        let gate = SignInGate(store: store, limits: SignInLimits())
        func attempt(at now: Int64, from address: String = "192.0.2.1") async throws -> SignInGate.Decision {
            try await gate.claim(email: Self.email, address: address, device: nil, now: now)
        }
        var now: Int64 = 1_000_000
        for _ in 0..<5 {
            guard case .proceed = try await attempt(at: now) else {
                Issue.record("The first 5 attempts go through")
                return
            }
        }
        for expected: Int64 in [1, 2, 4, 8] {
            guard case .wait(let seconds) = try await attempt(at: now) else {
                Issue.record("Attempt right after a failure waits")
                return
            }
            #expect(seconds == expected)
            now += expected - 1
            guard case .wait(1) = try await attempt(at: now) else {
                Issue.record("One second short still waits")
                return
            }
            now += 1
            guard case .proceed = try await attempt(at: now) else {
                Issue.record("After the wait it goes through")
                return
            }
        }
        // Another address is not slowed by these failures.
        guard case .proceed(let other) = try await attempt(at: now, from: "198.51.100.7") else {
            Issue.record("Another address goes through")
            return
        }
        // A success takes its attempt back and clears the count for its address.
        try await gate.succeeded(other, now: now)
        for _ in 0..<5 {
            guard case .proceed(let claim) = try await attempt(at: now, from: "198.51.100.7") else {
                Issue.record("Cleared by success")
                return
            }
            try await gate.succeeded(claim, now: now)
        }
        // An hour after the last failure, the first address starts again.
        now += 3_600
        guard case .proceed = try await attempt(at: now) else {
            Issue.record("An hour later it starts again")
            return
        }
        await store.close()
    }

    @Test(
        "A stranger's wrong passwords slow the stranger: the person signs in from another address, and from their own device even at the stranger's",
        arguments: TestStores.Engine.allCases
    )
    func strangerCannotLockOut(engine: TestStores.Engine) async throws {
        let harness = try await Self.harness(engine)
        try await harness.runLive { owner in
            _ = try await owner.setUp(email: Self.email, password: Self.password)
            #expect(owner.cookies[DeviceCookie.name] != nil)
            owner.cookies["twitchless_session"] = nil
            let stranger = owner.fresh()
            for _ in 0..<5 {
                let wrong = try await Self.signIn(stranger, from: "203.0.113.9", password: "a wrong guess")
                #expect(wrong.status == .unauthorized)
            }
            let paused = try await Self.signIn(stranger, from: "203.0.113.9", password: Self.password)
            #expect(paused.status == .tooManyRequests && Int(paused.headers[.retryAfter] ?? "") ?? 0 > 50)
            #expect(
                paused.body.contains("signing in from here is paused for a while") && paused.body.contains("Please try again in "),
                "\(paused.body)"
            )
            #expect(stranger.cookies["twitchless_session"] == nil)
            // The person on a new device elsewhere.
            let elsewhere = owner.fresh()
            #expect(try await Self.signIn(elsewhere, from: "198.51.100.20", password: Self.password).status == .found)
            // The person's own device, at the stranger's very address (a shared network).
            let own = try await Self.signIn(owner, from: "203.0.113.9", password: Self.password)
            #expect(own.status == .found && owner.cookies["twitchless_session"] != nil)
            // X-Forwarded-For is believed only from the trusted proxy: here it comes from loopback, which is trusted, so
            // the stranger's spoofed hops are read right to left and only the nearest untrusted one counts.
            #expect(
                ClientAddressMiddleware.client(peer: "127.0.0.1", forwardedFor: ["10.9.9.9, 203.0.113.9"], trusted: ["127.0.0.1"]) == "203.0.113.9"
            )
            #expect(ClientAddressMiddleware.client(peer: "192.0.2.50", forwardedFor: ["10.9.9.9"], trusted: ["127.0.0.1"]) == "192.0.2.50")
        }
    }

    @Test(
        "After the shared number of failures for the account within an hour (50 unless set), new devices everywhere wait; a device that signed in before does not"
    )
    func sharedLimit() async throws {
        let harness = try await Self.harness(limits: SignInLimits(sharedFailuresPerHour: 12, firstWaitSeconds: 60))
        try await harness.runLive { owner in
            _ = try await owner.setUp(email: Self.email, password: Self.password)
            owner.cookies["twitchless_session"] = nil
            let stranger = owner.fresh()
            for attempt in 0..<12 {
                let wrong = try await Self.signIn(stranger, from: "203.0.113.\(attempt / 4)", password: "a wrong guess")
                #expect(wrong.status == .unauthorized)
            }
            let newDevice = owner.fresh()
            #expect(try await Self.signIn(newDevice, from: "198.51.100.20", password: Self.password).status == .tooManyRequests)
            #expect(try await Self.signIn(owner, from: "198.51.100.20", password: Self.password).status == .found)
        }
    }

    @Test("An email without an account is limited exactly like one with an account, with the same words")
    func unknownEmail() async throws {
        let harness = try await Self.harness()
        try await harness.runLive { owner in
            _ = try await owner.setUp(email: Self.email, password: Self.password)
            var answers: [String: (HTTPResponse.Status, String)] = [:]
            for email in [Self.email, "nobody@example.org"] {
                let browser = owner.fresh()
                for _ in 0..<5 { _ = try await Self.signIn(browser, from: "203.0.113.40", email: email, password: "a wrong guess") }
                let paused = try await Self.signIn(browser, from: "203.0.113.40", email: email, password: "a wrong guess")
                // The words up to the wait, which counts down.
                let message =
                    paused.body.range(of: "<p class=\"error\" role=\"alert\">").map {
                        String(paused.body[$0.upperBound...].prefix { $0 != "<" }).components(separatedBy: "try again in")[0]
                    } ?? ""
                answers[email] = (paused.status, message)
            }
            #expect(answers[Self.email]?.0 == .tooManyRequests && answers["nobody@example.org"]?.0 == .tooManyRequests)
            #expect(answers[Self.email]?.1 == answers["nobody@example.org"]?.1 && answers[Self.email]?.1.isEmpty == false)
        }
    }

    @Test("A device cookie with a forged or another account's signature is no device")
    func forgedDevice() {
        let key = SigningKey.random()
        let owner = UserID("owner")
        let cookie = DeviceCookie.after(signingIn: owner, on: nil, key: key)
        #expect(DeviceCookie(cookie.value)?.knows(owner, key: key) == true)
        #expect(DeviceCookie(cookie.value)?.knows(UserID("someone else"), key: key) == false)
        #expect(DeviceCookie(cookie.value)?.knows(owner, key: SigningKey.random()) == false)
        #expect(DeviceCookie("\(cookie.device)~forged")?.knows(owner, key: key) == false)
        #expect(DeviceCookie("short~x") == nil)
        var many = cookie
        for index in 0..<8 { many = DeviceCookie.after(signingIn: UserID("person \(index)"), on: many, key: key) }
        #expect(many.signatures.count == DeviceCookie.mostAccounts && many.device == cookie.device)
        #expect(many.knows(UserID("person 7"), key: key) && !many.knows(owner, key: key))
    }
}
