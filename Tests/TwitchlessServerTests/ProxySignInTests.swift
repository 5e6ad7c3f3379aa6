import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Behind a login proxy (Authelia, Authentik, oauth2-proxy), the proxy's header says who is signed in.
@Suite("Signing in through a login proxy", .timeLimit(.minutes(5)))
struct ProxySignInTests {
    static let header = ServerHarness.header("Remote-Email")

    @Test(
        "From the trusted proxy, the header's person is signed in (with a session and CSRF token for forms); an email with no account is told how to join",
        arguments: TestStores.Engine.allCases
    )
    func trusted(engine: TestStores.Engine) async throws {
        let settings = ServerSettings(port: 0, bcryptCost: 4, trustedProxies: ["127.0.0.1", "::1"], authHeader: "Remote-Email")
        let harness = try await ServerHarness.make(engine, settings: settings)
        try await harness.runLive { owner in
            _ = try await owner.setUp(email: "o@example.org")
            let invitation = try await owner.invite()
            let proxied = owner.fresh()
            let today = try await proxied.request(.get, "/", headers: [Self.header: "O@Example.org"])
            #expect(today.status == .ok && today.body.contains("Log a twitch now"), "\(today.status)")
            #expect(proxied.cookies["twitchless_session"] != nil)
            let logged = try await proxied.request(
                .post,
                "/log/episode",
                form: ["site": "eyelid_left", "kind": "twitch", "csrf": today.csrf ?? ""],
                headers: [Self.header: "o@example.org"]
            )
            #expect(logged.status == .seeOther)
            #expect(try await owner.request(.get, "/").body.contains("twitch · left eyelid"))
            // Someone the proxy knows but Twitchless doesn't: told plainly, and the invitation still works.
            let newcomer = owner.fresh()
            let refused = try await newcomer.request(.get, "/", headers: [Self.header: "new@example.org"])
            #expect(refused.status == .forbidden && refused.body.contains("no Twitchless account for that email"), "\(refused.body)")
            #expect(try await newcomer.request(.get, invitation, headers: [Self.header: "new@example.org"]).status == .ok)
        }
    }

    @Test("The header from anywhere but the trusted proxy is refused, and nothing is changed")
    func untrusted() async throws {
        let settings = ServerSettings(bcryptCost: 4, trustedProxies: ["192.0.2.1"], authHeader: "Remote-Email")
        let harness = try await ServerHarness.make(.sqlite, settings: settings)
        try await harness.run { owner in
            _ = try await owner.setUp(email: "o@example.org")
            let token = try await owner.makeToken()
            let attacker = owner.fresh()
            let page = try await attacker.request(.get, "/", headers: [Self.header: "o@example.org"])
            #expect(page.status == .forbidden && page.body.contains("didn&#39;t come through the trusted proxy"), "\(page.body)")
            let post = try await attacker.request(.post, "/log/episode", form: ["site": "calf_left"], headers: [Self.header: "o@example.org"])
            #expect(post.status == .forbidden && attacker.cookies["twitchless_session"] == nil)
            #expect(try await EditingPagesTests.episodes(owner, token: token).isEmpty)
        }
    }
}
