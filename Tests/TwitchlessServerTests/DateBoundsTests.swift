import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Dates given, and dates worked out from them, stay between 1900-01-01 and 2199-12-31.
@Suite("Dates within range", .timeLimit(.minutes(5)))
struct DateBoundsTests {
    static let range = "from 1900-01-01 to 2199-12-31"

    @Test(
        "A trial starting in 9999 or ending after 2199, and dates before 1900 or after 2199 anywhere, get a 4xx that gives the range",
        arguments: TestStores.Engine.allCases
    )
    func refused(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: .fixed(Date(timeIntervalSince1970: 1_795_543_200)))
        try await harness.run { owner in
            _ = try await owner.setUp()
            let token = try await owner.makeToken()
            let product = try await owner.request(
                .post,
                "/api/v1/products",
                json: #"{"name": "Test magnesium", "elemental_mg": 100}"#,
                headers: .bearer(token)
            )
            #expect(product.status == .created, "\(product.body)")
            let api: [(HTTPRequest.Method, String, String?, String)] = [
                (.post, "/api/v1/trial/design", #"{"product": "Test magnesium", "start": "9999-12-01"}"#, Self.range),
                (.post, "/api/v1/trial", #"{"product": "Test magnesium", "start": "9999-12-01", "blocks": 3}"#, Self.range),
                (.post, "/api/v1/trial", #"{"product": "Test magnesium", "start": "2199-12-20", "blocks": 3}"#, "trial's last day would be 2200-"),
                (.post, "/api/v1/trial/design", #"{"product": "Test magnesium", "start": "1899-12-31"}"#, Self.range),
                (.get, "/api/v1/days/2200-01-01", nil, Self.range),
                (.get, "/api/v1/days/1899-12-31", nil, Self.range),
                (.put, "/api/v1/days/1899-12-31", #"{"stress": 3}"#, Self.range),
                (.get, "/api/v1/report?from=1850-01-01", nil, Self.range),
                (.get, "/api/v1/magnesium/schedule?date=9999-12-31", nil, Self.range),
                (.get, "/api/v1/magnesium/schedule?date=2199-01-01", nil, "from yesterday to a year ahead"),
                (.post, "/api/v1/medicines", #"{"name": "levothyroxine", "schedule": "07:00", "end_date": "9999-12-31"}"#, Self.range),
                (.put, "/api/v1/profile", #"{"birth": "1850-01-01"}"#, Self.range),
            ]
            for (method, path, body, words) in api {
                let answer = try await owner.request(method, path, json: body, headers: .bearer(token))
                #expect((400..<500).contains(answer.status.code), "\(method) \(path): \(answer.status) \(answer.body)")
                #expect((answer.json?["detail"] as? String)?.contains(words) == true, "\(method) \(path): \(answer.body)")
            }
            // Nothing was started.
            #expect(try await owner.request(.get, "/api/v1/trial", headers: .bearer(token)).status == .notFound)

            // The same on the pages.
            let page = try await owner.request(.get, "/trial")
            let csrf = page.csrf ?? ""
            let form = ["csrf": csrf, "product": "Test magnesium", "servings": "1", "blocks": "3", "period_days": "7", "washout_days": "2"]
            for path in ["/trial/design", "/trial/start"] {
                let answer = try await owner.request(.post, path, form: form.merging(["start": "9999-12-01"]) { $1 })
                #expect(answer.status == .unprocessableContent && answer.body.contains(Self.range), "\(path): \(answer.status)")
            }
            let history = try await owner.request(.get, "/history?from=1899-12-01&to=2026-11-24")
            #expect((400..<500).contains(history.status.code) && history.body.contains(Self.range), "\(history.status)")
        }
    }
}
