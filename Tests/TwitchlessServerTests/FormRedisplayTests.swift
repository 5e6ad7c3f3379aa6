import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessReports
import TwitchlessTestSupport

@testable import TwitchlessServer

/// A refused page form comes back on its own page, filled with what was sent, with the reason at its top, and stores nothing.
@Suite("Refused forms keep what was typed", .timeLimit(.minutes(10)))
struct FormRedisplayTests {
    /// Text with the characters HTML must escape, and how it must appear in a field's value.
    static let tricky = #"1 < 2 & "3""#
    static let trickyHTML = "1 &lt; 2 &amp; &quot;3&quot;"

    /// One form, sent with a bad value.
    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        /// The page the form lives on (read first, for its CSRF token).
        var page: String
        var path: String
        /// The fields sent; "{product}" and "{food}" stand for a product's and a food's id.
        var fields: [String: String]
        var status: HTTPResponse.Status
        var heading: String
        var message: String
        /// The form's error element, named by its fields' aria-describedby.
        var errorID: String
        /// What the page must show: the values sent in their fields, the choices sent selected.
        var shown: [String]
        /// A page that shows nothing was stored, the text saying so, and text that would be there if something had been.
        var unchanged: (path: String, text: String)
        var absent: String?
        /// Whether a product "Calm caps" exists first.
        var needsProduct = false
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(
            name: "episode details",
            page: "/log",
            path: "/log/episode",
            fields: ["site": "calf_left", "kind": "cramp", "intensity": "lots", "pain": "2", "note": tricky],
            status: .unprocessableContent,
            heading: "<h1>Log</h1>",
            message: "Intensity: &quot;lots&quot; is not a whole number.",
            errorID: "episode-error",
            shown: [
                "<option value=\"calf_left\" selected>", "value=\"cramp\" checked", "name=\"intensity\" type=\"number\" value=\"lots\"",
                "name=\"pain\" type=\"number\" value=\"2\"", "name=\"note\" type=\"text\" value=\"\(trickyHTML)\"",
            ],
            unchanged: ("/", "None logged yet.")
        ),
        Refusal(
            name: "day check-in",
            page: "/log",
            path: "/log/day",
            fields: ["sleep_hours": tricky, "stress": "4", "prolonged_muscle_use": "yes"],
            status: .unprocessableContent,
            heading: "<h1>Log</h1>",
            message: "as sleep.",
            errorID: "day-error",
            shown: [
                "name=\"sleep_hours\" type=\"number\" value=\"\(trickyHTML)\"", "name=\"stress\" type=\"number\" value=\"4\"",
                "<option value=\"yes\" selected>Yes</option>",
            ],
            unchanged: ("/", "Check in for today")
        ),
        Refusal(
            name: "food",
            page: "/log?food=pumpkin+seeds",
            path: "/log/food",
            fields: ["search": "pumpkin seeds", "food_id": "{food}", "amount": tricky, "at": "yesterday 21:00"],
            status: .unprocessableContent,
            heading: "<h1>Log</h1>",
            message: "is not a portion we know for",
            errorID: "food-error",
            shown: [
                "name=\"food_id\" value=\"{food}\" checked", "name=\"amount\" type=\"text\" value=\"\(trickyHTML)\"",
                "name=\"at\" type=\"text\" value=\"yesterday 21:00\"", "<input type=\"hidden\" name=\"search\" value=\"pumpkin seeds\">",
            ],
            unchanged: ("/", "From food</th><td class=\"number\">0 mg")
        ),
        Refusal(
            name: "supplement intake",
            page: "/log",
            path: "/log/supplement",
            fields: ["product_id": "{product}", "servings": tricky, "at": "21:00"],
            status: .unprocessableContent,
            heading: "<h1>Log</h1>",
            message: "is not a number of servings.",
            errorID: "supplement-error",
            shown: [
                "<option value=\"{product}\" selected>Calm caps", "name=\"servings\" type=\"text\" value=\"\(trickyHTML)\"",
                "name=\"at\" type=\"text\" value=\"21:00\"",
            ],
            unchanged: ("/", "From supplements</th><td class=\"number\">0 mg"),
            needsProduct: true
        ),
        Refusal(
            name: "symptom",
            page: "/log",
            path: "/log/symptom",
            fields: ["symptom": "muscle_weakness", "at": tricky, "note": "after the gym"],
            status: .unprocessableContent,
            heading: "<h1>Log</h1>",
            message: "We couldn&#39;t read the time",
            errorID: "symptom-error",
            shown: [
                "<option value=\"muscle_weakness\" selected>", "name=\"at\" type=\"text\" value=\"\(trickyHTML)\"",
                "name=\"note\" type=\"text\" value=\"after the gym\"",
            ],
            unchanged: ("/notices", "<h1>Notices</h1>"),
            absent: "RF03_twitch_weak_stiff"
        ),
        Refusal(
            name: "magnesium product",
            page: "/magnesium",
            path: "/magnesium/products",
            fields: ["name": tricky, "compound": "500", "form": "", "hydration_unknown": "yes", "unit": "tablet", "kind": "medicine"],
            status: .unprocessableContent,
            heading: "<h1>Magnesium</h1>",
            message: "The compound&#39;s weight needs its form",
            errorID: "product-error",
            shown: [
                "name=\"name\" type=\"text\" value=\"\(trickyHTML)\"", "name=\"compound\" type=\"text\" value=\"500\"",
                "name=\"hydration_unknown\" value=\"yes\" checked", "name=\"unit\" type=\"text\" value=\"tablet\"",
                "<option value=\"medicine\" selected>",
            ],
            unchanged: ("/magnesium", "You haven't added any magnesium products yet.")
        ),
        Refusal(
            name: "medicine",
            page: "/medicines",
            path: "/medicines",
            fields: ["name": tricky, "schedule": "sometimes", "start": "2026-01-05", "product": ""],
            status: .unprocessableContent,
            heading: "<h1>Medicines</h1>",
            message: "not a time of day",
            errorID: "medicine-error",
            shown: [
                "name=\"name\" type=\"text\" value=\"\(trickyHTML)\"", "name=\"schedule\" type=\"text\" value=\"sometimes\"",
                "name=\"start\" type=\"date\" value=\"2026-01-05\"",
            ],
            unchanged: ("/medicines", "You haven't added any medicines.")
        ),
        Refusal(
            name: "trial design",
            page: "/trial",
            path: "/trial/design",
            fields: [
                "product": "Calm caps", "servings": tricky, "blocks": "4", "period_days": "10", "washout_days": "2", "placebo": "yes", "start": "",
            ],
            status: .unprocessableContent,
            heading: "<h1>Does magnesium help me?</h1>",
            message: "is not a number of servings.",
            errorID: "trial-error",
            shown: [
                "<option value=\"Calm caps\" selected>", "name=\"servings\" type=\"text\" value=\"\(trickyHTML)\"",
                "name=\"blocks\" type=\"number\" value=\"4\"", "name=\"period_days\" type=\"number\" value=\"10\"",
                "name=\"placebo\" value=\"yes\" checked",
            ],
            unchanged: ("/trial", "Design a trial"),
            absent: "Your trial today",
            needsProduct: true
        ),
        Refusal(
            name: "trial start",
            page: "/trial",
            path: "/trial/start",
            fields: ["product": "Calm caps", "servings": "1", "blocks": "1", "period_days": "7", "washout_days": "2", "placebo": "", "start": ""],
            status: .unprocessableContent,
            heading: "<h1>Does magnesium help me?</h1>",
            message: "A trial needs 3 to 12 blocks; 1 was asked for.",
            errorID: "trial-error",
            shown: [
                "name=\"blocks\" type=\"number\" value=\"1\"", "name=\"period_days\" type=\"number\" value=\"7\"",
                "name=\"placebo\" value=\"yes\" aria-describedby=\"trial-error\"><span>",
            ],
            unchanged: ("/trial", "Design a trial"),
            absent: "Your trial today",
            needsProduct: true
        ),
        Refusal(
            name: "profile",
            page: "/profile",
            path: "/profile",
            fields: ["birth": tricky, "sex": "female", "pregnancy": "none", "kidney": "yes", "time_zone": "Europe/London", "upper_limit": "eu"],
            status: .unprocessableContent,
            heading: "<h1>Profile</h1>",
            message: "We couldn&#39;t read the birth date",
            errorID: "profile-error",
            shown: [
                "name=\"birth\" type=\"text\" value=\"\(trickyHTML)\"", "<option value=\"female\" selected>", "<option value=\"yes\" selected>",
                "name=\"kidney_doctor_agreed\"", "<option value=\"Europe/London\" selected>Britain (UK): London</option>",
                "<option value=\"eu\" selected>",
            ],
            unchanged: ("/profile", "<option value=\"unspecified\" selected>")
        ),
        Refusal(
            name: "API token",
            page: "/settings",
            path: "/settings/tokens",
            fields: ["name": String(repeating: tricky, count: 10)],
            status: .unprocessableContent,
            heading: "<h1>Settings</h1>",
            message: "Please give the token a name",
            errorID: "token-error",
            shown: ["name=\"name\" type=\"text\" value=\"\(String(repeating: trickyHTML, count: 10))\""],
            unchanged: ("/settings", "No tokens yet.")
        ),
    ]

    @Test(
        "A refused form comes back on its page with what was sent, escaped, and the reason at its top; nothing is stored",
        arguments: refusals
    )
    func refusedFormIsRedisplayed(refusal: Refusal) async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            // Given a person (with a product, when the form needs one) on the form's page
            _ = try await browser.setUp()
            var ids: [String: String] = [:]
            if refusal.needsProduct {
                let magnesium = try await browser.request(.get, "/magnesium")
                let added = try await browser.request(
                    .post,
                    "/magnesium/products",
                    form: ["csrf": magnesium.csrf ?? "", "name": "Calm caps", "elemental": "150"]
                )
                #expect(added.status == .ok)
                let log = try await browser.request(.get, "/log")
                let product: String = try #require(Self.attribute(after: "name=\"product_id\"><option value=\"", in: log.body))
                ids["{product}"] = product
            }
            let page = try await browser.request(.get, refusal.page)
            if refusal.path == "/log/food" {
                // the second match, so keeping the choice is more than keeping the default
                let first = try #require(page.body.range(of: "name=\"food_id\" value=\""))
                let food: String = try #require(Self.attribute(after: "name=\"food_id\" value=\"", in: String(page.body[first.upperBound...])))
                ids["{food}"] = food
            }
            func filled(_ text: String) -> String { ids.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) } }
            var fields = refusal.fields.mapValues(filled)
            fields["csrf"] = page.csrf ?? ""

            // When the form is sent with a bad value
            let answer = try await browser.request(.post, refusal.path, form: fields)

            // Then its page comes back with the error's status, the values sent and the reason, tied to the fields
            #expect(answer.status == refusal.status, "\(answer.body.prefix(300))")
            #expect(answer.headers[.contentType] == "text/html; charset=utf-8")
            #expect(answer.body.contains(refusal.heading))
            #expect(answer.body.components(separatedBy: "<h1").count == 2, "one h1")
            #expect(answer.body.contains("<html lang=\"en\">"))
            #expect(!answer.body.contains("That didn&#39;t work") && !answer.body.contains("That didn't work"))
            #expect(answer.body.contains("<div class=\"error\" role=\"alert\" id=\"\(refusal.errorID)\""))
            #expect(answer.body.components(separatedBy: "role=\"alert\"").count == 2, "one alert, on the refused form only")
            #expect(answer.body.contains("Nothing was saved."))
            #expect(answer.body.contains(refusal.message), "lacks \(refusal.message)")
            #expect(answer.body.contains("aria-describedby=\"\(refusal.errorID)\"") || answer.body.contains(" \(refusal.errorID)\""))
            for fragment in refusal.shown.map(filled) {
                #expect(answer.body.contains(fragment), "lacks \(fragment)")
            }
            #expect(!answer.body.contains(Self.tricky), "unescaped")
            #expect(PagesTests.commandLineWords(in: answer.body) == [])
            // and nothing was stored
            let after = try await browser.request(.get, refusal.unchanged.path)
            #expect(after.body.contains(refusal.unchanged.text))
            if let absent = refusal.absent { #expect(!after.body.contains(absent)) }
        }
    }

    /// The text of an attribute value that starts right after `marker`.
    static func attribute(after marker: String, in html: String) -> String? {
        html.range(of: marker).map { String(html[$0.upperBound...].prefix { $0 != "\"" }) }
    }

    @Test("The alert sits at the top of the refused form, the page's other forms render as usual, and the fix reads as a page to go to")
    func alertPlacement() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let log = try await browser.request(.get, "/log")
            let answer = try await browser.request(.post, "/log/supplement", form: ["csrf": log.csrf ?? "", "product_id": ""])
            #expect(answer.status == .unprocessableContent)
            // No product yet: the supplement section has no form, so the alert heads the section, with the way to the Magnesium page.
            let section = try #require(answer.body.range(of: "<h2 id=\"supplement\">A supplement you took</h2>"))
            #expect(answer.body[section.upperBound...].hasPrefix("<div class=\"error\" role=\"alert\" id=\"supplement-error\""))
            #expect(answer.body.contains("Please choose a product."))
            // The episode and day forms are untouched: their fields name no error and show no sent values.
            #expect(!answer.body.contains("episode-error") && !answer.body.contains("day-error"))
            #expect(answer.body.contains("name=\"intensity\" type=\"number\" value=\"\" aria-describedby=\"intensity-hint\" "))

            // A refused episode's alert is the first thing inside its form, and takes the focus without script.
            let episode = try await browser.request(.post, "/log/episode", form: ["csrf": log.csrf ?? "", "site": "nose"])
            #expect(episode.status == .unprocessableContent)
            let form = try #require(episode.body.range(of: "<form method=\"post\" action=\"/log/episode\">"))
            let rest = episode.body[form.upperBound...]
            let csrf = try #require(rest.range(of: "\">"))
            #expect(rest[csrf.upperBound...].hasPrefix("<div class=\"error\" role=\"alert\" id=\"episode-error\" tabindex=\"-1\" autofocus>"))
            #expect(episode.body.contains("name=\"intensity\" type=\"number\" value=\"\" aria-describedby=\"intensity-hint episode-error\""))
            #expect(episode.body.contains("<select id=\"site\" name=\"site\" aria-describedby=\"episode-error\">"))
        }
    }

    @Test("A clash or a missing record is shown on the form too, with its own status; the API still answers with problem documents")
    func conflictsAndNotFound() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let magnesium = try await browser.request(.get, "/magnesium")
            let csrf = magnesium.csrf ?? ""
            _ = try await browser.request(.post, "/magnesium/products", form: ["csrf": csrf, "name": "Calm caps", "elemental": "150"])
            // A product with the same name: 409, on the Magnesium page, one product still.
            let again = try await browser.request(
                .post,
                "/magnesium/products",
                form: ["csrf": csrf, "name": "Calm caps", "elemental": "200", "unit": "scoop"]
            )
            #expect(again.status == .conflict)
            #expect(again.body.contains("<h1>Magnesium</h1>") && again.body.contains("You already have a product called &quot;Calm caps&quot;."))
            #expect(
                again.body.contains("name=\"elemental\" type=\"text\" value=\"200\"")
                    && again.body.contains("name=\"unit\" type=\"text\" value=\"scoop\"")
            )
            let products = try await browser.request(.get, "/magnesium")
            #expect(products.body.components(separatedBy: "Calm caps: ").count == 2)
            #expect(!products.body.contains("200 mg elemental magnesium"))
            // An unknown product on the Log page: 404, the Log page with the supplement form.
            let missing = try await browser.request(.post, "/log/supplement", form: ["csrf": csrf, "product_id": "not-a-product", "servings": "2"])
            #expect(missing.status == .notFound)
            #expect(missing.body.contains("<h1>Log</h1>") && missing.body.contains("id=\"supplement-error\"") && missing.body.contains("value=\"2\""))
            // A trial start that overlaps the running one: shown on the design form, which appears again for it.
            _ = try await browser.request(.post, "/trial/start", form: ["csrf": csrf, "product": "Calm caps", "servings": "1", "blocks": "3"])
            let overlapping = try await browser.request(
                .post,
                "/trial/start",
                form: ["csrf": csrf, "product": "Calm caps", "servings": "1", "blocks": "3", "start": ""]
            )
            #expect(overlapping.status == .unprocessableContent)
            #expect(
                overlapping.body.contains("Your trial today") && overlapping.body.contains("id=\"trial-error\"")
                    && overlapping.body.contains("Choose a first day after")
            )
            #expect(overlapping.body.contains("<form method=\"post\" action=\"/trial/design\">"))
            // The API keeps its problem documents.
            let token = try await browser.makeToken()
            let api = try await browser.request(
                .post,
                "/api/v1/products",
                json: #"{"name": "Calm caps", "elemental_mg": 100}"#,
                headers: .bearer(token)
            )
            #expect(api.status == .conflict && api.headers[.contentType] == "application/problem+json")
        }
    }

    @Test("A form without its CSRF token still gets the plain error page, without what was sent")
    func otherRefusals() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let forged = try await browser.request(.post, "/medicines", form: ["name": Self.tricky, "schedule": "sometimes"])
            #expect(forged.status == .forbidden)
            #expect(forged.body.contains("That didn't work") && !forged.body.contains("role=\"alert\" id="))
            #expect(!forged.body.contains(Self.trickyHTML))
            #expect(try await browser.request(.get, "/medicines").body.contains("You haven't added any medicines."))
        }
    }

    @Test("A form state gives the value sent, or the default for a field that wasn't sent, and never keeps the CSRF token")
    func formState() {
        let state = FormState(
            form: "episode",
            fields: ["csrf": "secret", "note": "", "placebo": "yes", "site": "face"],
            error: .invalidInput("Something was wrong.", fix: "Add it first.", next: .addProduct)
        )
        #expect(state.value(for: "site", default: "arm") == "face")
        #expect(state.value(for: "note", default: "kept") == "")
        #expect(state.value(for: "pain", default: "3") == "3")
        #expect(state.fields["csrf"] == nil)
        #expect(state.isChecked("placebo") && !state.isChecked("hydration_unknown"))
        #expect(state.matching("episode") != nil && state.matching("day") == nil)
        #expect(state.describedBy(hint: "pain-hint") == " aria-describedby=\"pain-hint episode-error\"")
        #expect(state.alert.contains("Add it first. <a href=\"/magnesium\">Open Magnesium</a>"))
        #expect(Pages.field("note", label: "Note", failed: state).contains("value=\"\" aria-describedby=\"episode-error\""))
        #expect(
            Pages.select("site", label: "Where", options: [("arm", "Arm"), ("face", "Face")], selected: "arm", failed: state)
                .contains("<option value=\"arm\">Arm</option><option value=\"face\" selected>")
        )
    }
}
