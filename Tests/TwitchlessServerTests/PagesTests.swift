import Foundation
import Hummingbird
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessTestSupport

@testable import TwitchlessServer

@Suite("The web pages", .timeLimit(.minutes(10)))
struct PagesTests {
    @Test("Every page answers for a signed-in person, with its heading, the main navigation and lang")
    func pagesAnswer() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let pages: [(String, String)] =
                [
                    ("/log", "Another symptom"), ("/history", "Episodes per day"),
                    ("/history?days=90", "<a href=\"/history?days=90\" aria-current=\"page\">90 days</a>"),
                    ("/history?range=all", "All of it"), ("/history?from=2026-01-01&to=2026-11-24", "Each bar is one week"),
                    ("/magnesium", "Magnesium forms"), ("/medicines", "Add a medicine"), ("/notices", "<h1>Notices</h1>"),
                    ("/analysis", "Not enough data yet"), ("/trial", "Design a trial"), ("/report", "Download the report"),
                    ("/profile", "Save the profile"), ("/guide", "/guide/doctor"), ("/guide/doctor", "call your local emergency number first"),
                    ("/guide/magnesium", "Source:"), ("/more", "Notices and red flags"),
                ] + Guide.topics.map { ("/guide/\($0.id)", "Source:") }
            for (path, content) in pages {
                let page = try await browser.request(.get, path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.body.contains(content), "\(path) lacks \(content)")
                #expect(page.body.contains("<html lang=\"en\">"), "\(path)")
                #expect(page.body.contains("<a href=\"/magnesium\"") && page.body.contains("<a href=\"/more\""), "\(path)")
                #expect(Self.commandLineWords(in: page.body) == [], "\(path) names the command line")
            }
            // Pages listed on More mark More as the current section.
            #expect(try await browser.request(.get, "/medicines").body.contains("<a href=\"/more\" aria-current=\"true\">"))
            // The history charts are images with a title and a data table fallback.
            let history = try await browser.request(.get, "/history")
            #expect(history.body.contains("role=\"img\"") && history.body.contains("<title id=") && history.body.contains("<table>"))
            // Signed out, every page sends people to sign in.
            let stranger = browser.fresh()
            for path in ["/history", "/magnesium", "/notices", "/trial", "/profile", "/report/download", "/more"] {
                #expect(try await stranger.request(.get, path).location == "/login", "\(path)")
            }
            #expect(try await browser.request(.get, "/guide/nothing").status == .notFound)
            #expect(try await browser.request(.get, "/history?days=lots").status == .unprocessableContent)
        }
    }

    /// CLI commands ("twitchless log day") and flags ("--start") in a page's text, outside its style sheet.
    static func commandLineWords(in html: String) -> [String] {
        var text = html
        while let start = text.range(of: "<style"), let end = text.range(of: "</style>", range: start.upperBound..<text.endIndex) {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return text.matches(of: /twitchless [a-z]+|(?:^|[\s(>])--[a-z][a-z-]*/).map { String($0.output) }
    }

    @Test("Every new form refuses a POST without its CSRF token, and changes nothing")
    func csrf() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let forms: [(String, [String: String])] = [
                ("/log/food", ["food": "almond", "amount": "30 g"]), ("/log/supplement", ["product_id": "x"]),
                ("/log/symptom", ["symptom": "muscle_weakness"]),
                ("/magnesium/products", ["name": "Mg", "elemental": "100"]), ("/medicines", ["name": "levothyroxine", "schedule": "07:00"]),
                ("/medicines/remove", ["name": "levothyroxine"]), ("/notices/RF03_twitch_weak_stiff/acknowledge", [:]),
                ("/trial/design", ["product": "Mg"]), ("/trial/start", ["product": "Mg"]), ("/profile", ["sex": "female"]),
            ]
            for (path, form) in forms {
                #expect(try await browser.request(.post, path, form: form).status == .forbidden, "\(path)")
                var wrong = form
                wrong["csrf"] = "not-the-token"
                #expect(try await browser.request(.post, path, form: wrong).status == .forbidden, "\(path)")
            }
            #expect(try await browser.request(.get, "/magnesium").body.contains("You haven't added any magnesium products yet."))
            #expect(try await browser.request(.get, "/medicines").body.contains("You haven't added any medicines."))
            #expect(try await browser.request(.get, "/profile").body.contains("<option value=\"unspecified\" selected>"))
        }
    }

    @Test("Logging a product, a supplement, food and a symptom shows what was logged and the notices, and the red flag can be acknowledged")
    func loggingFlow() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            // Given a product added from its label
            let magnesium = try await browser.request(.get, "/magnesium")
            let added = try await browser.request(
                .post,
                "/magnesium/products",
                form: [
                    "csrf": magnesium.csrf ?? "", "name": "Calm caps", "elemental": "150", "unit": "capsule", "kind": "supplement", "form": "",
                ]
            )
            #expect(added.status == .ok && added.body.contains("Added \"Calm caps\""))
            #expect(added.body.contains("Calm caps: 150 mg elemental magnesium per capsule"))
            // When it is logged from the Log page
            let log = try await browser.request(.get, "/log")
            let productID = try #require(
                log.body.range(of: "name=\"product_id\"><option value=\"").map { String(log.body[$0.upperBound...].prefix { $0 != "\"" }) }
            )
            let supplement = try await browser.request(
                .post,
                "/log/supplement",
                form: ["csrf": log.csrf ?? "", "product_id": productID, "servings": "2"]
            )
            #expect(supplement.status == .ok)
            #expect(supplement.body.contains("Logged 2 × Calm caps"))
            #expect(supplement.body.contains("Supplemental magnesium that day: 300 mg."))
            // Then food: search, pick, amount
            let search = try await browser.request(.get, "/log?food=pumpkin+seeds")
            #expect(search.body.contains("name=\"food_id\""))
            let foodID = try #require(
                search.body.range(of: "name=\"food_id\" value=\"").map { String(search.body[$0.upperBound...].prefix { $0 != "\"" }) }
            )
            let food = try await browser.request(.post, "/log/food", form: ["csrf": log.csrf ?? "", "food_id": foodID, "amount": "30 g"])
            #expect(food.status == .ok && food.body.contains("mg magnesium."), "\(food.body)")
            let badAmount = try await browser.request(
                .post,
                "/log/food",
                form: ["csrf": log.csrf ?? "", "search": "pumpkin seeds", "food_id": foodID, "amount": "a handful"]
            )
            #expect(badAmount.status == .unprocessableContent)
            #expect(badAmount.body.contains("role=\"alert\"") && badAmount.body.contains("Nothing was saved."))
            #expect(badAmount.body.contains("<h1>Log</h1>") && badAmount.body.contains("name=\"amount\" type=\"text\" value=\"a handful\""))
            // A symptom raises its red flag, shown at once and on Notices with the acknowledgement button
            let symptom = try await browser.request(.post, "/log/symptom", form: ["csrf": log.csrf ?? "", "symptom": "muscle_weakness"])
            #expect(symptom.status == .ok && symptom.body.contains("Logged: muscle weakness"))
            #expect(symptom.body.contains("class=\"notice warning\"") && !symptom.body.contains("twitchless check"))
            let notices = try await browser.request(.get, "/notices")
            #expect(notices.body.contains("/notices/RF03_twitch_weak_stiff/acknowledge") && notices.body.contains("I talked to my doctor about this"))
            let acknowledged = try await browser.request(.post, "/notices/RF03_twitch_weak_stiff/acknowledge", form: ["csrf": notices.csrf ?? ""])
            #expect(acknowledged.status == .ok && acknowledged.body.contains("Noted that you have talked to a doctor about this."))
            #expect(!acknowledged.body.contains("/notices/RF03_twitch_weak_stiff/acknowledge"))
            let again = try await browser.request(.post, "/notices/RF03_twitch_weak_stiff/acknowledge", form: ["csrf": notices.csrf ?? ""])
            #expect(again.status == .notFound)
            // History counts the day's magnesium
            let history = try await browser.request(.get, "/history")
            #expect(history.body.contains("<td class=\"number\">300</td>"))
            let unknown = try await browser.request(.post, "/log/symptom", form: ["csrf": log.csrf ?? "", "symptom": "hiccups"])
            #expect(unknown.status == .unprocessableContent && unknown.body.contains("is not a symptom Twitchless knows"))
        }
    }

    @Test("Medicines, the schedule, the profile, the trial and the report work from their pages; bad input is refused plainly")
    func managePages() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let page = try await browser.request(.get, "/medicines")
            let csrf = page.csrf ?? ""
            let saved = try await browser.request(.post, "/medicines", form: ["csrf": csrf, "name": "levothyroxine", "schedule": "07:00"])
            #expect(saved.status == .ok && saved.body.contains("Saved levothyroxine, "))
            #expect(saved.body.contains("With magnesium: "))
            #expect(try await browser.request(.get, "/magnesium").body.contains("A good time: "))
            let badSchedule = try await browser.request(.post, "/medicines", form: ["csrf": csrf, "name": "levothyroxine", "schedule": "sometimes"])
            #expect(badSchedule.status == .unprocessableContent)
            let removed = try await browser.request(.post, "/medicines/remove", form: ["csrf": csrf, "name": "levothyroxine"])
            #expect(removed.status == .ok && removed.body.contains("You haven't added any medicines."))
            #expect(try await browser.request(.post, "/medicines/remove", form: ["csrf": csrf, "name": "levothyroxine"]).status == .notFound)

            // Profile: the CLI's checks; kidney disease stops the schedule, with the kidney notice
            let wrong = try await browser.request(.post, "/profile", form: ["csrf": csrf, "sex": "male", "pregnancy": "pregnant"])
            #expect(wrong.status == .unprocessableContent && wrong.body.contains("can&#39;t be combined with sex"))
            let zone = try await browser.request(.post, "/profile", form: ["csrf": csrf, "time_zone": "Mars/Olympus"])
            #expect(zone.status == .unprocessableContent)
            let profile = try await browser.request(
                .post,
                "/profile",
                form: ["csrf": csrf, "birth": "1988", "sex": "female", "kidney": "yes", "time_zone": "Europe/London"]
            )
            #expect(profile.status == .ok && profile.body.contains("Your profile is saved.") && profile.body.contains("value=\"Europe/London\""))
            #expect(profile.body.contains("Your magnesium "))
            let refused = try await browser.request(.get, "/magnesium")
            #expect(refused.body.contains("Twitchless doesn't plan magnesium times for you."))
            _ = try await browser.request(.post, "/profile", form: ["csrf": csrf, "kidney": "none"])

            // Trial: a preview stores nothing; starting shows today's arm
            let noProduct = try await browser.request(.get, "/trial")
            #expect(noProduct.body.contains("add the magnesium product"))
            _ = try await browser.request(.post, "/magnesium/products", form: ["csrf": csrf, "name": "Trial caps", "elemental": "100"])
            let preview = try await browser.request(
                .post,
                "/trial/design",
                form: ["csrf": csrf, "product": "Trial caps", "servings": "1", "blocks": "3"]
            )
            #expect(preview.status == .ok && preview.body.contains("A proposed trial") && preview.body.contains("Start this trial"))
            #expect(!(try await browser.request(.get, "/trial")).body.contains("Your trial today"))
            let tooFew = try await browser.request(.post, "/trial/design", form: ["csrf": csrf, "product": "Trial caps", "blocks": "1"])
            #expect(tooFew.status == .unprocessableContent)
            let started = try await browser.request(
                .post,
                "/trial/start",
                form: ["csrf": csrf, "product": "Trial caps", "servings": "1", "blocks": "3"]
            )
            #expect(started.status == .ok && started.body.contains("Your trial is set up.") && started.body.contains("Your trial today"))
            #expect(Self.commandLineWords(in: preview.body) == [] && Self.commandLineWords(in: started.body) == [])
            let overlapping = try await browser.request(
                .post,
                "/trial/start",
                form: ["csrf": csrf, "product": "Trial caps", "servings": "1", "blocks": "3"]
            )
            #expect(overlapping.status == .unprocessableContent && overlapping.body.contains("Choose a first day after"))
            #expect(Self.commandLineWords(in: overlapping.body) == [] && Self.commandLineWords(in: tooFew.body) == [])

            // Report: a download named by date; a period that ends before it starts is refused
            let report = try await browser.request(.get, "/report/download?from=2026-01-01&to=2026-03-01")
            #expect(report.status == .ok)
            #expect(report.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"twitchless-report-") == true)
            #expect(report.headers[.contentDisposition]?.hasSuffix(".html\"") == true)
            #expect(report.body.contains("<html"))
            let backwards = try await browser.request(.get, "/report/download?from=2026-03-01&to=2026-01-01")
            #expect(backwards.status == .unprocessableContent && backwards.body.contains("before it starts"))
        }
    }

    @Test("Another person's products, medicines and red flags are not found, on the pages and in the API", arguments: TestStores.Engine.allCases)
    func isolation(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let ownerToken = try await owner.makeToken()
            let product = try await owner.request(
                .post,
                "/api/v1/products",
                json: #"{"name": "Owner caps", "elemental_mg": 100}"#,
                headers: .bearer(ownerToken)
            )
            let productID = try #require((product.json?["product"] as? [String: Any])?["id"] as? String)
            #expect(
                try await owner.request(
                    .post,
                    "/api/v1/medicines",
                    json: #"{"name": "levothyroxine", "schedule": "07:00"}"#,
                    headers: .bearer(ownerToken)
                ).status == .created
            )
            _ = try await owner.request(.post, "/api/v1/symptoms", json: #"{"symptom": "muscle_weakness"}"#, headers: .bearer(ownerToken))

            let join = try await owner.invite()
            let guest = owner.fresh()
            let joinPage = try await guest.request(.get, join)
            _ = try await guest.request(
                .post,
                join,
                form: ["csrf": joinPage.csrf ?? "", "name": "Guest", "email": "guest@example.org", "password": "guest password 1"]
            )
            let guestToken = try await guest.makeToken()
            let log = try await guest.request(.get, "/log")
            #expect(!log.body.contains("Owner caps"))
            #expect(try await guest.request(.post, "/log/supplement", form: ["csrf": log.csrf ?? "", "product_id": productID]).status == .notFound)
            #expect(try await guest.request(.post, "/medicines/remove", form: ["csrf": log.csrf ?? "", "name": "levothyroxine"]).status == .notFound)
            #expect(try await guest.request(.post, "/notices/RF03_twitch_weak_stiff/acknowledge", form: ["csrf": log.csrf ?? ""]).status == .notFound)
            let attempts: [(HTTPRequest.Method, String, String?)] = [
                (.get, "/api/v1/products/\(productID)", nil), (.post, "/api/v1/supplement-intakes", #"{"product_id": "\#(productID)"}"#),
                (.delete, "/api/v1/medicines/levothyroxine", nil), (.post, "/api/v1/notices/RF03_twitch_weak_stiff/acknowledge", nil),
                (.get, "/api/v1/trial", nil),
            ]
            for (method, path, body) in attempts {
                let answer = try await guest.request(method, path, json: body, headers: .bearer(guestToken))
                #expect(answer.status == .notFound, "\(method) \(path): \(answer.body)")
                #expect(answer.headers[.contentType] == "application/problem+json")
            }
            // The owner's records are untouched.
            #expect((try await owner.request(.get, "/api/v1/medicines", headers: .bearer(ownerToken)).json?["items"] as? [Any])?.count == 1)
            let notices = try await owner.request(.get, "/api/v1/notices", headers: .bearer(ownerToken))
            #expect((notices.json?["items"] as? [[String: Any]])?.contains { $0["id"] as? String == "RF03_twitch_weak_stiff" } == true)
        }
    }

    @Test("The new API routes reject unknown fields and bad values with a problem document")
    func apiValidation() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let cases: [(HTTPRequest.Method, String, String?, HTTPResponse.Status, String)] = [
                (.post, "/api/v1/products", #"{"name": "A", "elemental_mg": 100, "colour": "blue"}"#, .unprocessableContent, "Unknown field: colour"),
                (.post, "/api/v1/products", #"{"name": "A"}"#, .unprocessableContent, "elemental magnesium"),
                (.post, "/api/v1/products", #"{"name": "A", "elemental_mg": "lots"}"#, .unprocessableContent, "must be a number"),
                (.post, "/api/v1/food-intakes", #"{"query": "almond"}"#, .unprocessableContent, "how much"),
                (.post, "/api/v1/food-intakes", #"{"food_id": "99999999", "amount": "30 g"}"#, .notFound, "no food number"),
                (.post, "/api/v1/supplement-intakes", #"{"product_id": "nope"}"#, .notFound, "no product"),
                (.post, "/api/v1/symptoms", #"{"symptom": "hiccups"}"#, .unprocessableContent, "not a symptom"),
                (.post, "/api/v1/medicines", #"{"name": "levothyroxine", "schedule": "sometimes"}"#, .unprocessableContent, "not a time of day"),
                (.put, "/api/v1/profile", #"{"sex": "male", "pregnancy": "pregnant"}"#, .unprocessableContent, "can't be combined"),
                (.put, "/api/v1/profile", #"{"height": 180}"#, .unprocessableContent, "Unknown field: height"),
                (.post, "/api/v1/trial", #"{"product": "Nothing"}"#, .notFound, "don't have a product"),
                (.get, "/api/v1/trial", nil, .notFound, "haven't started a trial"),
                (.get, "/api/v1/history?days=0", nil, .unprocessableContent, "number of days"),
                (.get, "/api/v1/foods", nil, .unprocessableContent, "words to search"),
                (.get, "/api/v1/report?from=2026-03-01&to=2026-01-01", nil, .unprocessableContent, "before it starts"),
            ]
            for (method, path, body, status, message) in cases {
                let answer = try await browser.request(method, path, json: body, headers: .bearer(token))
                #expect(answer.status == status, "\(method) \(path): \(answer.body)")
                #expect(answer.headers[.contentType] == "application/problem+json", "\(path)")
                #expect((answer.json?["detail"] as? String)?.contains(message) == true, "\(path): \(answer.body)")
            }
            let analysis = try await browser.request(.get, "/api/v1/analysis/triggers", headers: .bearer(token))
            #expect(analysis.json?["status"] as? String == "not_enough_data")
            let history = try await browser.request(.get, "/api/v1/history?days=7", headers: .bearer(token))
            #expect((history.json?["days"] as? [Any])?.count == 7)
        }
    }
}
