import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessServer

@Suite("Accounts, sessions and forms", .timeLimit(.minutes(10)))
struct AccountTests {
    @Test("First run asks for the owner account, which then signs in; a second setup is refused", arguments: TestStores.Engine.allCases)
    func firstRun(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { browser in
            let start = try await browser.request(.get, "/")
            #expect(start.status == .found && start.location == "/setup")
            let created = try await browser.setUp()
            #expect(created.status == .found && created.location == "/")
            #expect(browser.cookies["twitchless_session"] != nil)
            let today = try await browser.request(.get, "/")
            #expect(today.status == .ok)
            #expect(today.body.contains("Log a twitch now"))
            let stranger = browser.fresh()
            let again = try await stranger.request(.get, "/setup")
            #expect(again.status == .seeOther || again.status == .found)
            #expect(try await stranger.request(.get, "/").location == "/login")
        }
    }

    @Test("One clock: with the server's clock years in the past, sessions, tokens and the day all follow it", arguments: TestStores.Engine.allCases)
    func oneClock(engine: TestStores.Engine) async throws {
        // 2020-03-02 09:00 UTC: a session made by this clock expires by it too; the system's clock would call it expired.
        let then = Date(timeIntervalSince1970: 1_583_139_600)
        let harness = try await ServerHarness.make(engine, clock: .fixed(then))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let today = try await browser.request(.get, "/")
            #expect(today.status == .ok && today.body.contains("Monday 2 March"), "\(today.body.prefix(400))")
            let token = try await browser.makeToken()
            let tokens = try await browser.request(.get, "/api/v1/tokens", headers: .bearer(token))
            #expect(tokens.body.contains("\"created_at\":\"2020-03-02T09:00:00Z\""), "\(tokens.body)")
            let logged = try await browser.request(.post, "/api/v1/episodes", json: "{\"site\": \"face\"}", headers: .bearer(token))
            #expect(logged.json?["started_at"] as? String == "2020-03-02T09:00:00Z", "\(logged.body)")
        }
    }

    @Test("Tokens are stored as their SHA-256 in lowercase hex")
    func tokenHash() {
        #expect(Tokens.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Tokens.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Tokens.hash(Tokens.random()).count == 64)
    }

    @Test("Session cookies are HttpOnly and SameSite=Lax; a form without its CSRF token changes nothing")
    func csrf() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            let page = try await browser.request(.get, "/setup")
            let created = try await browser.request(
                .post,
                "/setup",
                form: ["csrf": page.csrf ?? "", "name": "Owner", "email": "o@example.org", "password": "long enough password"]
            )
            let cookie = created.headers[values: .setCookie].first { $0.hasPrefix("twitchless_session=") } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            let forged = try await browser.request(.post, "/log/episode", form: ["site": "eyelid_left"])
            #expect(forged.status == .forbidden)
            let wrong = try await browser.request(.post, "/log/episode", form: ["site": "eyelid_left", "csrf": "not-the-token"])
            #expect(wrong.status == .forbidden)
            let token = try await browser.makeToken()
            let episodes = try await browser.request(.get, "/api/v1/episodes", headers: .bearer(token))
            #expect((episodes.json?["items"] as? [Any])?.isEmpty == true)
            // One tap from Today logs an episode.
            let today = try await browser.request(.get, "/")
            let logged = try await browser.request(.post, "/log/episode", form: ["site": "eyelid_left", "kind": "twitch", "csrf": today.csrf ?? ""])
            #expect(logged.status == .seeOther)
            #expect(try await browser.request(.get, "/").body.contains("twitch · left eyelid"))
        }
    }

    @Test("Sign-in attempts are limited per account; the right password still can't get past the limit")
    func rateLimit() async throws {
        // A first wait of a minute: the attempt after the fifth failure is surely still waiting on a busy machine.
        let harness = try await ServerHarness.make(.sqlite, settings: ServerSettings(signInLimits: SignInLimits(firstWaitSeconds: 60), bcryptCost: 4))
        try await harness.run { browser in
            _ = try await browser.setUp(email: "o@example.org", password: "the right password")
            let other = browser.fresh()
            for _ in 0..<5 {
                let page = try await other.request(.get, "/login")
                let wrong = try await other.request(
                    .post,
                    "/login",
                    form: ["csrf": page.csrf ?? "", "email": "o@example.org", "password": "wrong password!"]
                )
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.contains("match an account here"))
            }
            let page = try await other.request(.get, "/login")
            let limited = try await other.request(
                .post,
                "/login",
                form: ["csrf": page.csrf ?? "", "email": "o@example.org", "password": "the right password"]
            )
            #expect(limited.status == .tooManyRequests)
            #expect(other.cookies["twitchless_session"] == nil)
        }
    }

    @Test("Signing out ends the session on the server")
    func signOut() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let session = browser.cookies["twitchless_session"]
            let today = try await browser.request(.get, "/")
            #expect(try await browser.request(.post, "/logout", form: ["csrf": today.csrf ?? ""]).location == "/login")
            let replay = browser.fresh()
            replay.cookies["twitchless_session"] = session
            #expect(try await replay.request(.get, "/").location == "/login")
        }
    }
}

/// The time a failed sign-in takes does not say whether the email has an account.
@Suite("Sign-in timing", .timeLimit(.minutes(5)))
struct SignInTimingTests {
    @Test("An email with no account is checked against a decoy hash of the same cost: about as slow as a wrong password")
    func unknownEmailTakesAsLong() async throws {
        let settings = ServerSettings(signInLimits: SignInLimits(freeFailures: 1_000), bcryptCost: 10)
        let harness = try await ServerHarness.make(.sqlite, settings: settings)
        try await harness.run { browser in
            _ = try await browser.setUp(email: "owner@example.org", password: "the right long password")
            let stranger = browser.fresh()
            func time(_ email: String) async throws -> Double {
                let page = try await stranger.request(.get, "/login")
                let start = ContinuousClock.now
                let answer = try await stranger.request(
                    .post,
                    "/login",
                    form: ["csrf": page.csrf ?? "", "email": email, "password": "a wrong long password"]
                )
                let elapsed = ContinuousClock.now - start
                #expect(answer.status == .unauthorized && answer.body.contains("don&#39;t match an account here"))
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            _ = try await time("nobody@example.org")  // the decoy hash is made on first use
            // Each pair runs back to back, so a busy machine slows both alike: the middle ratio is near 1 with the
            // decoy (0.5 at worst seen, with every other test running), and a few hundredths without it.
            var ratios: [Double] = []
            for _ in 0..<7 {
                let known = try await time("owner@example.org")
                let unknown = try await time("nobody@example.org")
                ratios.append(unknown / known)
            }
            let middle = ratios.sorted()[3]
            #expect(middle > 0.25, "unknown email against a known one, ratios \(ratios)")
        }
    }
}

/// `/metrics` is for whoever runs the server: this computer, or a scraper with the metrics token.
@Suite("Metrics access", .timeLimit(.minutes(2)))
struct MetricsAccessTests {
    @Test("From another address without the token: 403 saying how; with the token: the metrics; a wrong token: 403")
    func token() async throws {
        let settings = ServerSettings(bcryptCost: 4, metricsToken: "scraper-secret-token")
        let harness = try await ServerHarness.make(.sqlite, settings: settings)
        try await harness.run { browser in
            let refused = try await browser.request(.get, "/metrics")
            #expect(refused.status == .forbidden && refused.body.contains("the metrics token"))
            let wrong = try await browser.request(.get, "/metrics", headers: .bearer("not-it"))
            #expect(wrong.status == .forbidden)
            let scraped = try await browser.request(.get, "/metrics", headers: .bearer("scraper-secret-token"))
            #expect(scraped.status == .ok && scraped.headers[.contentType] == "text/plain; version=0.0.4")
            #expect(try await browser.request(.get, "/health").status == .ok)
        }
    }

    @Test("From this computer (a real connection on loopback): the metrics, without a token")
    func loopback() async throws {
        let store = try await TestStores.open(.sqlite)
        let app = buildApplication(ServerSettings(port: 0, bcryptCost: 4), store: store)
        try await app.test(.live) { client in
            let status = try await client.execute(uri: "/metrics", method: .get) { $0.status }
            #expect(status == .ok)
        }
        // The application's own store service closed the store when the server stopped.
        #expect(OperationsController.isLoopback("127.0.0.1") && OperationsController.isLoopback("::1"))
        #expect(OperationsController.isLoopback("::ffff:127.0.0.1") && !OperationsController.isLoopback("10.0.0.1"))
        #expect(!OperationsController.isLoopback(nil) && !OperationsController.isLoopback("192.168.1.2"))
    }
}
