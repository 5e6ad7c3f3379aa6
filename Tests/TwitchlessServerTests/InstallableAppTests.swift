import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// What a phone needs to install Twitchless and use it offline: the manifest, icons and service worker, forms sent
/// again with an Idempotency-Key acting once, and a check-in sent later keeping its day.
@Suite("An app on the home screen", .timeLimit(.minutes(5)))
struct InstallableAppTests {
    static let now = Date(timeIntervalSince1970: 1_795_543_200)  // 2026-11-24 18:00 UTC

    @Test("The manifest, its icons (real PNGs of their sizes) and the service worker are served to anyone, and pages link them")
    func files() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            let manifest = try await browser.request(.get, "/manifest.webmanifest")
            #expect(manifest.status == .ok && manifest.headers[.contentType] == "application/manifest+json")
            let json = try #require(manifest.json)
            #expect(json["display"] as? String == "standalone" && json["start_url"] as? String == "/")
            let shortcuts = try #require(json["shortcuts"] as? [[String: Any]])
            #expect(shortcuts.map { $0["name"] as? String } == ["Log a twitch", "Check in"])
            let icons = try #require(json["icons"] as? [[String: String]])
            for icon in icons where icon["type"] == "image/png" {
                let path = try #require(icon["src"])
                let png = try await browser.client.execute(uri: path, method: .get) { Array(buffer: $0.body) }
                #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(path)")
                let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
                #expect("\(width)x\(width)" == icon["sizes"], "\(path)")
            }
            #expect(icons.contains { $0["purpose"] == "maskable" && $0["sizes"] == "512x512" })
            let worker = try await browser.request(.get, "/sw.js")
            #expect(worker.status == .ok && worker.headers[.cacheControl] == "no-cache")
            #expect(worker.body.contains("Idempotency-Key") && worker.body.contains("\"/log/episode\": \"at\""))
            // Pages link the manifest and allow only the app's own script and worker.
            let setup = try await browser.request(.get, "/setup")
            #expect(setup.body.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"))
            #expect(setup.body.contains("<script src=\"/app.js\" defer></script>"))
            let policy = setup.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("script-src 'self'") && policy.contains("worker-src 'self'") && policy.contains("manifest-src 'self'"))
        }
    }

    @Test("A form sent twice with one Idempotency-Key logs once and answers the same; another key logs again")
    func keyedForms() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            let home = try await browser.setUp()
            let today = try await browser.request(.get, home.location ?? "/")
            let form = ["csrf": today.csrf ?? "", "site": "eyelid_left", "kind": "twitch", "at": "2026-11-24T17:30:00+00:00"]
            let first = try await browser.request(.post, "/log/episode", form: form, headers: [.idempotencyKey: "offline-1"])
            let again = try await browser.request(.post, "/log/episode", form: form, headers: [.idempotencyKey: "offline-1"])
            #expect(first.status == .seeOther && again.status == .seeOther)
            #expect(first.location != nil && first.location == again.location)
            let token = try await browser.makeToken()
            let episodes = try await browser.request(.get, "/api/v1/episodes", headers: .bearer(token))
            #expect((episodes.json?["items"] as? [[String: Any]])?.count == 1, "\(episodes.body)")
            var later = form
            later["at"] = "2026-11-24T17:45:00+00:00"
            _ = try await browser.request(.post, "/log/episode", form: later, headers: [.idempotencyKey: "offline-2"])
            let two = try await browser.request(.get, "/api/v1/episodes", headers: .bearer(token))
            #expect((two.json?["items"] as? [[String: Any]])?.count == 2)
            // A refused form is not kept: sent again with its key once corrected, it is done.
            var bad = form
            bad["at"] = "tomorrow 09:00"
            let refused = try await browser.request(.post, "/log/episode", form: bad, headers: [.idempotencyKey: "offline-3"])
            #expect(refused.status == .unprocessableContent)
            // The pages kept for offline use go with the session when signing out.
            let out = try await browser.request(.post, "/logout", form: ["csrf": today.csrf ?? ""])
            #expect(out.headers[.clearSiteData] == "\"cache\"")
        }
    }

    @Test("A check-in made offline yesterday and sent today is yesterday's, on the full form and the short one")
    func checkInKeepsItsDay() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let today = try await browser.request(.get, "/")
            let csrf = today.csrf ?? ""
            _ = try await browser.request(.post, "/log/day", form: ["csrf": csrf, "sleep_hours": "6", "date": "2026-11-23"])
            _ = try await browser.request(.post, "/check-in/quick", form: ["csrf": csrf, "stress": "4", "date": "2026-11-22"])
            let token = try await browser.makeToken()
            let yesterday = try await browser.request(.get, "/api/v1/days/2026-11-23", headers: .bearer(token))
            #expect(yesterday.body.contains("\"sleep_hours\":6") || yesterday.body.contains("\"sleep_hours\" : 6"), "\(yesterday.body)")
            let before = try await browser.request(.get, "/api/v1/days/2026-11-22", headers: .bearer(token))
            #expect(before.body.contains("\"stress\":4") || before.body.contains("\"stress\" : 4"), "\(before.body)")
            let todayDay = try await browser.request(.get, "/api/v1/days/2026-11-24", headers: .bearer(token))
            #expect(!todayDay.body.contains("\"is_tracked\":true") && !todayDay.body.contains("\"is_tracked\" : true"), "\(todayDay.body)")
        }
    }
}
