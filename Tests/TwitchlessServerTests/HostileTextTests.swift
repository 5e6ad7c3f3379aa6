import Foundation
import Hummingbird
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Text people type is shown as text: every page, with hostile text in every field a person can fill in.
@Suite("Hostile text is escaped", .timeLimit(.minutes(10)))
struct HostileTextTests {
    /// A script, both quotes, an ampersand entity and a right-to-left override.
    static let hostile = "<script>alert(\"x\")</script> & 'q' &amp; \u{202E}evil"
    static let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &amp;amp;"

    @Test("Every page shows stored hostile text escaped, in element text and in attributes", arguments: TestStores.Engine.allCases)
    func everyPage(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { browser in
            let setup = try await browser.request(.get, "/setup")
            _ = try await browser.request(
                .post,
                "/setup",
                form: [
                    "csrf": setup.csrf ?? "", "name": Self.hostile, "email": "h@example.org",
                    "password": "a long enough password",
                ]
            )
            // The first account adopts the local owner's data: fill every field there through the shared actions.
            let profile = Profile(birth: .year(1980), sex: .female, timeZone: "Europe/London", country: "GB")
            try await harness.store.write(.local) { try await $0.saveProfile(profile) }
            let person = AppContext(
                store: harness.store,
                owner: .local,
                profile: profile,
                clock: AppContext.clock(for: profile, computer: .system),
                now: Date()
            )
            let product = try await ProductBuilder.add(
                .init(name: Self.hostile, elemental: "100", compound: nil, form: nil, unit: Self.hostile, kind: nil),
                context: person
            )
            _ = try await SupplementLogging.log(product: .id(product.stored.id.rawValue), servings: "1", at: "1 hour ago", context: person)
            _ = try await MedicineList.save(.init(name: Self.hostile, schedule: "07:00"), context: person)
            _ = try await EpisodeLogging.log(.init(site: "face", at: "2 hours ago", note: Self.hostile), context: person)
            _ = try await SymptomLogging.log(key: "muscle_weakness", at: "3 hours ago", note: Self.hostile, context: person)
            _ = try await TrialPlanning.start(TrialRequest(product: Self.hostile, blocks: 3, start: person.today.description), context: person)
            let settings = try await browser.request(.get, "/settings")
            _ = try await browser.request(.post, "/settings/tokens", form: ["csrf": settings.csrf ?? "", "name": Self.hostile])
            var shown = 0
            for path in [
                "/", "/log", "/history", "/magnesium", "/medicines", "/notices", "/analysis", "/trial", "/report", "/profile",
                "/settings", "/more", "/report/download", "/guide/magnesium",
            ] {
                let page = try await browser.request(.get, path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.body.contains("<script>alert") && !page.body.contains("(\"x\")"), "\(path) shows the text unescaped")
                #expect(!page.body.contains("'q'"), "\(path) leaves a single quote unescaped")
                if page.body.contains(Self.escaped) { shown += 1 }
            }
            // The text is there, escaped, on the pages that show it.
            #expect(shown >= 6, "the hostile text was shown escaped on only \(shown) pages")
            // A refused form shows what was sent back, escaped, in its fields.
            let log = try await browser.request(.get, "/log")
            let refused = try await browser.request(
                .post,
                "/log/episode",
                form: [
                    "csrf": log.csrf ?? "", "site": "face", "note": Self.hostile,
                    "intensity": "99",
                ]
            )
            #expect(refused.status == .unprocessableContent && refused.body.contains("value=\"\(Self.escaped)"))
            #expect(!refused.body.contains("<script>alert"))
        }
    }
}
