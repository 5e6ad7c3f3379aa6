import Crypto
import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Web Push: the RFC 8291 encryption against the RFC's own example, endpoints a browser may not make the server call,
/// and reminders pushed to a local push service that checks the VAPID signature and decrypts them.
@Suite("Reminders by Web Push", .timeLimit(.minutes(5)))
struct WebPushTests {
    static let now = Date(timeIntervalSince1970: 1_795_543_200)  // 2026-11-24 18:00 UTC

    @Test("The encrypted body is byte for byte the one of RFC 8291 section 5, given its keys and salt")
    func rfcExample() throws {
        let sender = try P256.KeyAgreement.PrivateKey(
            rawRepresentation: try #require(Base64URL.decode("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw"))
        )
        #expect(
            Base64URL.encode(sender.publicKey.x963Representation)
                == "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8"
        )
        let body = try WebPushEncryption.encrypt(
            Data("When I grow up, I want to be a watermelon".utf8),
            userAgentPublic: try #require(
                Base64URL.decode("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4")
            ),
            authSecret: try #require(Base64URL.decode("BTBZMqHH6r4Tts7J_aSIgg")),
            sender: sender,
            salt: try #require(Base64URL.decode("DGv6ra1nlYgDCS1FRnbzlw"))
        )
        #expect(
            Base64URL.encode(body)
                == "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN"
        )
    }

    @Test(
        "Only https endpoints on the public internet, unless allowed for testing",
        arguments: [
            ("https://127.0.0.1/push", false), ("https://10.1.2.3/push", false), ("https://192.168.1.9/push", false),
            ("https://169.254.169.254/latest", false), ("https://[::1]/push", false), ("https://[fe80::1]/push", false),
            ("https://[fd00::1]/push", false), ("https://100.64.0.1/push", false), ("https://[::ffff:127.0.0.1]/push", false),
            ("http://8.8.8.8/push", false), ("https://user:pw@8.8.8.8/push", false), ("not a url", false),
            ("https://8.8.8.8/push", true), ("https://[2606:4700:4700::1111]/push", true), ("http://127.0.0.1:8099/push", true),
        ]
    )
    func endpoints(endpoint: String, accepted: Bool) {
        let policy = PushEndpointPolicy(allowed: ["127.0.0.1:8099"])
        let isAccepted = (try? policy.check(endpoint)) != nil
        #expect(isAccepted == accepted, "\(endpoint)")
    }

    @Test("Subscribed in Settings, a reminder is pushed once, signed and encrypted; a bad subscription is refused; a browser gone is forgotten")
    func pushed() async throws {
        try Prerequisite.require(PythonChecker.hasModules(["http_ece", "cryptography"]), "http_ece and cryptography")
        let service = try LocalService(script: "push_service")
        defer { service.stop() }
        let greeting = try #require(try JSONSerialization.jsonObject(with: Data(service.greeting.utf8)) as? [String: Any])
        let port = try #require(greeting["port"] as? Int)
        let p256dh = try #require(greeting["p256dh"] as? String)
        let auth = try #require(greeting["auth"] as? String)
        let settings = ServerSettings(
            bcryptCost: 4,
            pushAllowed: ["127.0.0.1:\(port)"],
            pushContact: "mailto:ops@example.org"
        )
        let harness = try await ServerHarness.make(.sqlite, settings: settings, clock: .fixed(Self.now))
        let store = harness.store
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            _ = try await browser.request(.put, "/api/v1/profile", json: #"{"time_zone": "UTC"}"#, headers: .bearer(token))
            let page = try await browser.request(.get, "/settings")
            let csrf = page.csrf ?? ""
            #expect(page.body.contains("data-push-subscribe=\""))
            // Refused: a private address, a key that is not a point, a short secret.
            for (form, message) in [
                (["endpoint": "https://10.0.0.1/push", "p256dh": p256dh, "auth": auth], "not on the public internet"),
                (["endpoint": "http://127.0.0.1:\(port)/push/one", "p256dh": "AAAA", "auth": auth], "not a valid key"),
                (["endpoint": "http://127.0.0.1:\(port)/push/one", "p256dh": p256dh, "auth": "AAAA"], "not 16 bytes"),
            ] {
                let refused = try await browser.request(.post, "/settings/push", form: form.merging(["csrf": csrf]) { a, _ in a })
                #expect(refused.status == .unprocessableContent && refused.body.contains(message), "\(form)")
            }
            let subscribed = try await browser.request(
                .post,
                "/settings/push",
                form: ["csrf": csrf, "endpoint": "http://127.0.0.1:\(port)/push/one", "p256dh": p256dh, "auth": auth]
            )
            #expect(subscribed.status == .found)
            #expect(try await browser.request(.get, "/settings").body.contains("A browser, through 127.0.0.1, since today"))
            _ = try await browser.request(.post, "/settings/reminders", form: ["csrf": csrf, "check_in_at": "17:30"])
            let keys = PushKeys(store: store, contact: settings.pushContact)
            let policy = PushEndpointPolicy(allowed: settings.pushAllowed)
            let dispatcher = ReminderDispatcher(store: store, mail: nil, push: keys, policy: policy, serverID: "one")
            #expect(await dispatcher.runOnce(now: Self.now) == 1)
            #expect(await dispatcher.runOnce(now: Self.now.addingTimeInterval(60)) == 0)
            let pushes = service.files(ending: ".json")
            #expect(pushes.count == 1)
            let first = try #require(pushes.first)
            let push = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
            #expect(push["vapid_problems"] as? [String] == [], "\(push)")
            #expect(push["text"] as? String == #"{"path":"\/#quick-check-in","text":"Time for your check-in"}"#, "\(push)")
            let headers = try #require(push["headers"] as? [String: String])
            #expect(headers["content-encoding"] == "aes128gcm" && headers["ttl"] == "43200")
            // The key browsers subscribe with is the one that signs.
            let vapid = try await keys.vapid()
            #expect(try await browser.request(.get, "/settings").body.contains("data-push-subscribe=\"\(vapid.publicKey)\""))

            // A browser that left: the push service says 410, and the subscription is forgotten.
            let other = try await EditingPagesTests.secondPerson(browser)
            let otherToken = try await other.makeToken()
            _ = try await other.request(.put, "/api/v1/profile", json: #"{"time_zone": "UTC"}"#, headers: .bearer(otherToken))
            let otherPage = try await other.request(.get, "/settings")
            _ = try await other.request(
                .post,
                "/settings/push",
                form: ["csrf": otherPage.csrf ?? "", "endpoint": "http://127.0.0.1:\(port)/gone/two", "p256dh": p256dh, "auth": auth]
            )
            _ = try await other.request(.post, "/settings/reminders", form: ["csrf": otherPage.csrf ?? "", "check_in_at": "17:00"])
            #expect(await dispatcher.runOnce(now: Self.now.addingTimeInterval(120)) == 0)
            let after = try await other.request(.get, "/settings")
            #expect(after.body.contains("The browser no longer takes notifications, so it was removed."), "\(after.body)")
            #expect(!after.body.contains("A browser, through"))
            // Stop: the first person turns notifications off.
            let stopped = try await browser.request(
                .post,
                "/settings/push/remove",
                form: ["csrf": csrf, "endpoint": "http://127.0.0.1:\(port)/push/one"]
            )
            #expect(stopped.status == .found)
            #expect(!(try await browser.request(.get, "/settings").body.contains("A browser, through")))
        }
    }
}
