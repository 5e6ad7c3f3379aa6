import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessReports
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Safety on the web and in the API: removing a symptom logged by mistake, the emergency number, the notices on Today.
@Suite("Safety on the web and in the API", .timeLimit(.minutes(10)))
struct SafetyPagesTests {
    @Test(
        "A symptom logged by mistake is removed on the web and in the API with its flag; someone else's answers 404",
        arguments: TestStores.Engine.allCases
    )
    func removeSymptom(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { browser in
            _ = try await browser.setUp()
            // The symptom list starts with no choice made
            let log = try await browser.request(.get, "/log")
            #expect(log.body.contains("<option value=\"\" selected>Choose a symptom</option>"))
            #expect(try await browser.request(.post, "/log/symptom", form: ["csrf": log.csrf ?? "", "symptom": ""]).status == .unprocessableContent)
            // Given a sign logged on the web, listed with a link to the question before removing it
            _ = try await browser.request(.post, "/log/symptom", form: ["csrf": log.csrf ?? "", "symptom": "muscle_wasting"])
            let listed = try await browser.request(.get, "/log")
            let path = try #require(
                listed.body.range(of: "href=\"/log/symptom/").map {
                    "/log/symptom/" + String(listed.body[$0.upperBound...].prefix { $0 != "/" }) + "/remove"
                }
            )
            let question = try await browser.request(.get, path)
            #expect(question.body.contains("any red flag it raised goes with it") && question.body.contains("action=\"\(path)\""))
            // A second person can't remove it
            let join = try await browser.invite()
            let guest = browser.fresh()
            let joinPage = try await guest.request(.get, join)
            _ = try await guest.request(
                .post,
                join,
                form: ["csrf": joinPage.csrf ?? "", "name": "Guest", "email": "guest@example.org", "password": "guest password 1"]
            )
            let guestLog = try await guest.request(.get, "/log")
            #expect(try await guest.request(.post, path, form: ["csrf": guestLog.csrf ?? ""]).status == .notFound)
            let guestToken = try await guest.makeToken()
            let id = path.split(separator: "/")[2]
            let refused = try await guest.request(.delete, "/api/v1/symptoms/\(id)", headers: .bearer(guestToken))
            #expect(refused.status == .notFound && refused.headers[.contentType] == "application/problem+json")
            #expect((try await browser.request(.get, "/notices")).body.contains("/notices/RF08_muscle_wasting/acknowledge"))
            // When the owner removes it, its flag goes with it
            let removed = try await browser.request(.post, path, form: ["csrf": listed.csrf ?? ""])
            #expect(
                removed.status == .ok && removed.body.contains("Removed muscles getting thinner")
                    && removed.body.contains("Its red flag is gone with it.")
            )
            #expect(!(try await browser.request(.get, "/notices")).body.contains("RF08_muscle_wasting"))
            #expect(try await browser.request(.post, path, form: ["csrf": listed.csrf ?? ""]).status == .notFound)
            // The API lists and removes the same way
            let token = try await browser.makeToken()
            _ = try await browser.request(.post, "/api/v1/symptoms", json: #"{"symptom": "weak_grip"}"#, headers: .bearer(token))
            let list = try await browser.request(.get, "/api/v1/symptoms", headers: .bearer(token))
            let items = try #require(list.json?["items"] as? [[String: Any]])
            #expect(items.count == 1 && items[0]["symptom"] as? String == "weak_grip")
            let apiID = try #require(items[0]["id"] as? String)
            let deleted = try await browser.request(.delete, "/api/v1/symptoms/\(apiID)", headers: .bearer(token))
            #expect(deleted.status == .ok)
            #expect(deleted.json?["cleared_red_flags"] as? [String] == ["RF07_weak_grip"])
            #expect(try await browser.request(.delete, "/api/v1/symptoms/\(apiID)", headers: .bearer(token)).status == .notFound)
        }
    }

    @Test("Emergency advice names the person's own number with a tel: link; an unknown country code is refused and changes nothing")
    func emergencyNumber() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let bad = try await browser.request(.put, "/api/v1/profile", json: #"{"country": "XZ", "birth": "1980"}"#, headers: .bearer(token))
            #expect(bad.status == .unprocessableContent && bad.body.contains("not a country code"))
            #expect((try await browser.request(.get, "/api/v1/profile", headers: .bearer(token))).json?["birth"] is NSNull)
            let saved = try await browser.request(
                .put,
                "/api/v1/profile",
                json: #"{"country": "ie", "time_zone": "Europe/London"}"#,
                headers: .bearer(token)
            )
            #expect(saved.json?["country"] as? String == "IE" && saved.json?["emergency_number"] as? String == "112")
            let logged = try await browser.request(.post, "/api/v1/symptoms", json: #"{"symptom": "chest_pain_breathless"}"#, headers: .bearer(token))
            let notice = try #require((logged.json?["notices"] as? [[String: Any]])?.first)
            #expect(notice["emergency_number"] as? String == "112")
            #expect((notice["message"] as? String)?.contains("999") == false)
            let today = try await browser.request(.get, "/")
            #expect(today.body.contains("<a href=\"tel:112\" class=\"call\">112</a>"))
            #expect(
                Pages.callLinks("A twitch for 15 days, since 2026-03-15. Call 15 now.", number: "15")
                    == "A twitch for 15 days, since 2026-03-15. Call <a href=\"tel:15\" class=\"call\">15</a> now."
            )
            let notices = try await browser.request(.get, "/notices")
            #expect(notices.body.contains("I got help"))
            // Back to the time zone's country: the UK's number
            let reset = try await browser.request(.put, "/api/v1/profile", json: #"{"country": "none"}"#, headers: .bearer(token))
            #expect(reset.json?["country"] as? String == "GB" && reset.json?["country_is_default"] as? Bool == true)
        }
    }

    @Test("Today shows urgent notices in full and the rest as a count with a link that says where it goes")
    func todayNotices() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            _ = try await browser.request(.put, "/api/v1/profile", json: #"{"birth": "1980", "kidney_disease": "yes"}"#, headers: .bearer(token))
            _ = try await browser.request(.post, "/api/v1/medicines", json: #"{"name": "omeprazole", "schedule": "07:00"}"#, headers: .bearer(token))
            _ = try await browser.request(.post, "/api/v1/symptoms", json: #"{"symptom": "one_leg_swollen"}"#, headers: .bearer(token))
            let today = try await browser.request(.get, "/")
            #expect(today.body.contains("class=\"notice urgent\""))
            #expect(!today.body.contains("class=\"notice warning\"") && !today.body.contains("class=\"notice info\""))
            #expect(today.body.contains("other notices, none of them urgent. <a href=\"/notices\">Open Notices</a>"))
            #expect(!today.body.contains("Go there"))
            // The kidney notice and the standing acid-reducer advice are on the Notices page
            let notices = try await browser.request(.get, "/notices")
            #expect(notices.body.contains("kidney"))
            #expect(notices.body.contains("If you have taken omeprazole for more than a year"))
        }
    }
}
