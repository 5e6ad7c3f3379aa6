import Foundation
import Hummingbird
import Testing
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Random and hostile input on every route: never a 5xx, never a crash, and the person's data stays as it was.
@Suite("Fuzzed input", .timeLimit(.minutes(10)))
struct FuzzTests {
    static let pagePosts = [
        "/log/episode", "/log/day", "/log/food", "/log/supplement", "/log/symptom", "/magnesium/products",
        "/medicines", "/medicines/remove", "/notices/RF01/acknowledge", "/profile", "/trial/design", "/trial/start",
        "/settings/tokens", "/settings/tokens/x/revoke", "/settings/invitations", "/logout",
    ]
    static let pageGets = [
        "/", "/log", "/history", "/magnesium", "/medicines", "/notices", "/analysis", "/trial", "/report",
        "/report/download", "/profile", "/guide", "/guide/x", "/more", "/settings", "/join/x", "/login", "/setup",
    ]
    static let fieldNames = [
        "site", "kind", "intensity", "pain", "duration_seconds", "note", "at", "started_at", "sleep_hours", "stress",
        "caffeine_mg", "prolonged_muscle_use", "food", "amount", "product_id", "servings", "symptom", "name", "elemental",
        "compound", "form", "unit", "kind", "schedule", "birth", "sex", "pregnancy", "kidney", "time_zone", "blocks",
        "period_days", "washout_days", "start", "product", "from", "to", "days", "q", "limit", "cursor",
    ]

    static func value(_ random: inout SplitMix) -> String {
        let pool = [
            "", " ", "0", "-1", "1e308", "-1e308", "NaN", "inf", "99999999999999999999", "3.5", "yes", "no", "null", "true",
            "eyelid_left", "twitch", "2026-02-30", "2026-11-24", "0000-01-01", "9999-12-31T23:59:59+14:00", "12:00", "25:61",
            "Europe/London", "Mars/Olympus", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "\u{0}", "\u{202E}abc",
            String(repeating: "é", count: 3000), "../../etc/passwd", "{\"a\":", "[[[[[[[[[[", "😀", "\u{FFFF}",
        ]
        return pool[Int(random.next() % UInt64(pool.count))]
    }

    static func jsonBody(_ random: inout SplitMix) -> String {
        switch random.next() % 6 {
        case 0: return String(decoding: (0..<Int(random.next() % 300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, as: UTF8.self)
        case 1: return String(repeating: "[", count: 5000)
        case 2:
            return
                "{\"site\": \(["1", "true", "null", "[]", "{}", "\"face\""][Int(random.next() % 6)]), \"intensity\": \(["1e400", "-0", "5.5", "\"5\"", "null"][Int(random.next() % 5)])}"
        default:
            var members: [String] = []
            for _ in 0..<Int(random.next() % 6) {
                let name = fieldNames[Int(random.next() % UInt64(fieldNames.count))]
                let raw = value(&random)
                let encoded =
                    random.next() % 2 == 0
                    ? "\"\(raw.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
                    : (Double(raw) != nil ? raw : "null")
                members.append("\"\(name)\": \(encoded)")
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
    }

    @Test("Random bodies, queries and forms on every route get 4xx or success, never a 5xx")
    func noServerErrors() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let logged = try await browser.request(
                .post,
                "/api/v1/episodes",
                json: #"{"site": "face", "started_at": "2026-11-20T08:00:00Z"}"#,
                headers: .bearer(token)
            )
            #expect(logged.status == .created)
            var random = SplitMix(state: 20_261_124)
            var failures: [String] = []
            func check(_ page: Browser.Page, _ what: String) {
                if page.status.code >= 500 { failures.append("\(what) → \(page.status.code): \(page.body.prefix(200))") }
            }
            for operation in OpenAPIDocument.operations {
                let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
                let method = HTTPRequest.Method(rawValue: parts[0])!
                for _ in 0..<12 {
                    let path = parts[1].replacingOccurrences(of: "{id}", with: Browser.encode(Self.value(&random)))
                        .replacingOccurrences(of: "{date}", with: Browser.encode(Self.value(&random)))
                        .replacingOccurrences(of: "{name}", with: Browser.encode(Self.value(&random)))
                    let query =
                        "?limit=\(Browser.encode(Self.value(&random)))&cursor=\(Browser.encode(Self.value(&random)))&days=\(Browser.encode(Self.value(&random)))&q=\(Browser.encode(Self.value(&random)))"
                    let body = method == .get || method == .delete ? nil : Self.jsonBody(&random)
                    check(try await browser.request(method, path + query, json: body, headers: .bearer(token)), "\(operation) \(body ?? "")")
                }
            }
            let csrf = try await browser.request(.get, "/").csrf ?? ""
            for path in Self.pagePosts where path != "/logout" {
                for _ in 0..<12 {
                    var form = ["csrf": csrf]
                    for _ in 0..<Int(random.next() % 8) {
                        form[Self.fieldNames[Int(random.next() % UInt64(Self.fieldNames.count))]] = Self.value(&random)
                    }
                    check(try await browser.request(.post, path, form: form), "POST \(path) \(form)")
                }
            }
            for path in Self.pageGets {
                for _ in 0..<4 {
                    let query =
                        "?days=\(Browser.encode(Self.value(&random)))&from=\(Browser.encode(Self.value(&random)))&to=\(Browser.encode(Self.value(&random)))&food=\(Browser.encode(Self.value(&random)))"
                    check(try await browser.request(.get, path + query), "GET \(path)\(query)")
                }
            }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            // The episode logged first is still there, unchanged.
            let list = try await browser.request(.get, "/api/v1/episodes?limit=100", headers: .bearer(token))
            let items = (list.json?["items"] as? [[String: Any]]) ?? []
            #expect(items.contains { $0["started_at"] as? String == "2026-11-20T08:00:00Z" && $0["site"] as? String == "face" })
        }
    }
}
