import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessTestSupport

/// Pages people can read: History over any period with imported days outlined, the analysis in the chart's direction,
/// sources by title, time zones from a list, and light or dark colours chosen for this device.
@Suite("Readable pages", .timeLimit(.minutes(5)))
struct ReadablePagesTests {
    static let now = Date(timeIntervalSince1970: 1_795_543_200)  // 2026-11-24 18:00 UTC

    @Test("History shows 30 and 90 days, a year, all of it and any dates; a night known only from Apple Health is outlined")
    func history() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            let home = try await browser.setUp()
            let form = try await browser.request(.get, "/import")
            let imported = try await browser.request(
                .post,
                "/import",
                raw: ImportTests.multipart(csrf: form.csrf, origin: "food", file: SmallHealthExport.xml)
            )
            #expect(imported.status == .ok, "\(home.status) \(imported.body)")
            let month = try await browser.request(.get, "/history")
            #expect(month.body.contains("<a href=\"/history?days=30\" aria-current=\"page\">30 days</a>"))
            // The night of 19 to 20 November came from the import: outlined, with its key, and said so.
            #expect(month.body.contains("<h2 id=\"chart-sleep_hours\">Sleep per night</h2>"))
            #expect(month.body.contains("class=\"outlined\""))
            #expect(month.body.contains("1 more day has values from an import."))
            #expect(month.body.contains("<span class=\"key outlined\"></span>from an import"))
            // Any dates: a year's dates are drawn a week to a bar; all of it starts at the first entry.
            let year = try await browser.request(.get, "/history?from=2025-11-25&to=2026-11-24")
            #expect(year.status == .ok && year.body.contains("Each bar is one week"))
            #expect(year.body.contains("<details open><summary>Other dates</summary>"))
            let all = try await browser.request(.get, "/history?range=all")
            #expect(all.body.contains("From Friday 20 November to today"), "\(all.body)")
            #expect(all.body.contains("<a href=\"/history?range=all\" aria-current=\"page\">All of it</a>"))
            // Text under 12 px on a phone is not drawn: every chart text is 13.5 units in a 340-unit-wide chart.
            #expect(month.body.contains("viewBox=\"0 0 340 200\""))
            #expect(!month.body.contains("font-size: 11px"))
        }
    }

    @Test(
        "Dates History can't show are refused in words on the page",
        arguments: [
            ("/history?from=2026-11-20&to=2026-11-01", "is after the last"),
            ("/history?from=2026-11-20&to=2026-12-24", "happened yet"),
            ("/history?from=2000-01-01&to=2026-11-24", "more than ten years"),
            ("/history?from=yesterday&to=2026-11-24", "is not a date"),
            ("/history?from=2026-11-01", "The last date is missing"),
            ("/history?range=forever", "is not a period History knows"),
            ("/history?days=0", "is not a number of days"),
        ]
    )
    func badPeriods(path: String, message: String) async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let page = try await browser.request(.get, path)
            #expect(page.status == .unprocessableContent, "\(path)")
            #expect(page.body.contains(message), "\(path): \(page.body)")
            #expect(!page.body.contains("2026-11-20"), "\(path) shows an ISO date")
        }
    }

    @Test("Colours: the system's by default, light or dark when chosen on this device, refused when not a choice")
    func colours() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let settings = try await browser.request(.get, "/settings")
            #expect(settings.body.contains("<html lang=\"en\">") && settings.body.contains("content=\"light dark\""))
            #expect(settings.body.contains("@media (prefers-color-scheme: dark)"))
            #expect(settings.body.contains("<input type=\"radio\" name=\"theme\" value=\"system\" checked>"))
            let saved = try await browser.request(.post, "/settings/appearance", form: ["csrf": settings.csrf ?? "", "theme": "dark"])
            #expect(saved.status == .found && saved.location == "/settings?appearance=saved#appearance")
            let dark = try await browser.request(.get, "/settings?appearance=saved")
            #expect(dark.body.contains("<html lang=\"en\" data-theme=\"dark\">"))
            #expect(dark.body.contains("Saved: this device now shows the dark colours."))
            #expect(dark.body.contains("<input type=\"radio\" name=\"theme\" value=\"dark\" checked>"))
            #expect(try await browser.request(.get, "/history").body.contains("data-theme=\"dark\""))
            let refused = try await browser.request(.post, "/settings/appearance", form: ["csrf": dark.csrf ?? "", "theme": "purple"])
            #expect(refused.status == .unprocessableContent && refused.body.contains("is not a choice of colours"))
            #expect(try await browser.request(.get, "/").body.contains("data-theme=\"dark\""))
            let system = try await browser.request(.post, "/settings/appearance", form: ["csrf": dark.csrf ?? "", "theme": "system"])
            #expect(system.status == .found, "\(system.status) \(system.headers) \(browser.cookies)")
            let today = try await browser.request(.get, "/")
            #expect(today.body.contains("<html lang=\"en\">"), "\(today.body.prefix(300)) \(system.headers) \(browser.cookies)")
        }
    }

    @Test("The time zone and the country are chosen from lists; a profile without a zone lets the device's be picked")
    func zones() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let profile = try await browser.request(.get, "/profile")
            #expect(profile.body.contains("<select id=\"time_zone\" name=\"time_zone\""))
            #expect(profile.body.contains("data-device-default"))
            #expect(profile.body.contains("<option value=\"Asia/Tokyo\">Japan: Tokyo</option>"))
            #expect(profile.body.contains("<option value=\"IE\">Ireland</option>"))
            #expect(!profile.body.contains("IANA") && !profile.body.contains("two-letter"))
            let saved = try await browser.request(
                .post,
                "/profile",
                form: ["csrf": profile.csrf ?? "", "time_zone": "Europe/Dublin", "country": "IE"]
            )
            #expect(saved.status == .ok)
            #expect(saved.body.contains("<option value=\"Europe/Dublin\" selected>Ireland: Dublin</option>"))
            #expect(saved.body.contains("<option value=\"IE\" selected>Ireland</option>"))
            #expect(!saved.body.contains("data-device-default"))
            // The script that picks the device's zone is the app's own, allowed by the page's policy.
            let script = try await browser.request(.get, "/app.js")
            #expect(script.status == .ok && script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.body.contains("resolvedOptions().timeZone"))
            #expect(saved.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        }
    }

    @Test("Sources read as titles with links, never as file names")
    func sources() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { browser in
            _ = try await browser.setUp()
            for path in ["/guide/magnesium", "/guide/forms", "/magnesium"] {
                let page = try await browser.request(.get, path)
                let visible = page.body.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
                #expect(visible.range(of: #"\b\w+\.(csv|md)\b"#, options: .regularExpression) == nil, "\(path) names a file")
                #expect(page.body.contains("<a href=\"https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/\">"), "\(path)")
            }
            let guide = try await browser.request(.get, "/guide/magnesium")
            #expect(guide.body.contains("Twitchless&#39;s safety policies") || guide.body.contains("Twitchless's safety policies"))
        }
    }
}
