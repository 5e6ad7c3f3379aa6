import Foundation
import Hummingbird
import Testing
import TwitchlessTestSupport

@testable import TwitchlessServer

@Suite("The JSON API", .timeLimit(.minutes(10)))
struct APITests {
    @Test("A second person gets 404 for every one of the first person's ids, and nothing changes", arguments: TestStores.Engine.allCases)
    func isolation(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let ownerToken = try await owner.makeToken(name: "owner")
            let created = try await owner.request(
                .post,
                "/api/v1/episodes",
                json: #"{"site": "calf_left", "kind": "cramp", "intensity": 6}"#,
                headers: .bearer(ownerToken)
            )
            #expect(created.status == .created)
            let episodeID = try #require(created.json?["id"] as? String)
            let tokenList = try await owner.request(.get, "/api/v1/tokens", headers: .bearer(ownerToken))
            let tokenID = try #require((tokenList.json?["items"] as? [[String: Any]])?.first?["id"] as? String)

            let join = try await owner.invite()
            let guest = owner.fresh()
            let joinPage = try await guest.request(.get, join)
            let joined = try await guest.request(
                .post,
                join,
                form: ["csrf": joinPage.csrf ?? "", "name": "Guest", "email": "guest@example.org", "password": "guest password 1"]
            )
            #expect(joined.location == "/")
            let guestToken = try await guest.makeToken(name: "guest")
            let guestSettings = try await guest.request(.get, "/settings")

            let attempts: [(HTTPRequest.Method, String)] = [
                (.get, "/api/v1/episodes/\(episodeID)"), (.delete, "/api/v1/episodes/\(episodeID)"), (.delete, "/api/v1/tokens/\(tokenID)"),
            ]
            for (method, path) in attempts {
                let answer = try await guest.request(method, path, headers: .bearer(guestToken))
                #expect(answer.status == .notFound, "\(method) \(path)")
                #expect(answer.headers[.contentType] == "application/problem+json")
            }
            let revoke = try await guest.request(.post, "/settings/tokens/\(tokenID)/revoke", form: ["csrf": guestSettings.csrf ?? ""])
            #expect(revoke.status == .notFound)
            #expect((try await guest.request(.get, "/api/v1/episodes", headers: .bearer(guestToken)).json?["items"] as? [Any])?.isEmpty == true)
            #expect((try await guest.request(.get, "/api/v1/today", headers: .bearer(guestToken)).json?["episode_list"] as? [Any])?.isEmpty == true)
            // The owner's episode and token are untouched.
            let still = try await owner.request(.get, "/api/v1/episodes/\(episodeID)", headers: .bearer(ownerToken))
            #expect(still.status == .ok && still.json?["intensity"] as? Int == 6)
            // The invitation worked once only.
            let reuse = owner.fresh()
            #expect(try await reuse.request(.get, join).status == .notFound)
        }
    }

    @Test("A retried POST with the same Idempotency-Key logs the episode once; another body with that key is refused")
    func idempotency() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            var headers = HTTPFields.bearer(token)
            headers[.idempotencyKey] = "retry-1"
            let body = #"{"site": "eyelid_right", "started_at": "2026-11-20T08:00:00+01:00", "intensity": 2}"#
            let first = try await browser.request(.post, "/api/v1/episodes", json: body, headers: headers)
            let second = try await browser.request(.post, "/api/v1/episodes", json: body, headers: headers)
            #expect(first.status == .created && second.status == .created)
            #expect(first.body == second.body)
            let other = try await browser.request(.post, "/api/v1/episodes", json: #"{"site": "face"}"#, headers: headers)
            #expect(other.status == .conflict)
            let list = try await browser.request(.get, "/api/v1/episodes", headers: .bearer(token))
            #expect((list.json?["items"] as? [Any])?.count == 1)
        }
    }

    @Test("Every API POST honours Idempotency-Key: a retried token request makes one token and repeats the first answer")
    func idempotencyEverywhere() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            var headers = HTTPFields.bearer(token)
            headers[.idempotencyKey] = "token-retry"
            let first = try await browser.request(.post, "/api/v1/tokens", json: #"{"name": "phone"}"#, headers: headers)
            let second = try await browser.request(.post, "/api/v1/tokens", json: #"{"name": "phone"}"#, headers: headers)
            #expect(first.status == .created && second.status == .created)
            #expect(first.body == second.body)
            let different = try await browser.request(.post, "/api/v1/tokens", json: #"{"name": "tablet"}"#, headers: headers)
            #expect(different.status == .conflict)
            let list = try await browser.request(.get, "/api/v1/tokens", headers: .bearer(token))
            #expect((list.json?["items"] as? [Any])?.count == 2)
            // A request that fails frees its key for a corrected retry.
            headers[.idempotencyKey] = "fix-and-retry"
            #expect(try await browser.request(.post, "/api/v1/tokens", json: #"{"name": ""}"#, headers: headers).status == .unprocessableContent)
            #expect(try await browser.request(.post, "/api/v1/tokens", json: #"{"name": "fixed"}"#, headers: headers).status == .created)
        }
    }

    @Test("Cursor pagination walks every episode once, newest first")
    func pagination() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            for hour in 1...5 {
                let made = try await browser.request(
                    .post,
                    "/api/v1/episodes",
                    json: #"{"site": "face", "started_at": "2026-11-20T0\#(hour):00:00Z"}"#,
                    headers: .bearer(token)
                )
                #expect(made.status == .created)
            }
            var seen: [String] = []
            var uri = "/api/v1/episodes?limit=2"
            while true {
                let page = try await browser.request(.get, uri, headers: .bearer(token))
                let items = try #require(page.json?["items"] as? [[String: Any]])
                seen += items.compactMap { $0["started_at"] as? String }
                guard let next = page.json?["next_cursor"] as? String else { break }
                uri = "/api/v1/episodes?limit=2&cursor=\(next)"
            }
            #expect(seen == (1...5).reversed().map { "2026-11-20T0\($0):00:00Z" })
        }
    }

    @Test("Bad requests get a 4xx problem document with a plain message, and nothing is stored")
    func badInput() async throws {
        let harness = try await ServerHarness.make(.sqlite, settings: ServerSettings(maximumBodyBytes: 2_048, bcryptCost: 4))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let cases: [(HTTPRequest.Method, String, String?, HTTPResponse.Status, String)] = [
                (.post, "/api/v1/episodes", "{not json", .badRequest, "not a JSON object"),
                (.post, "/api/v1/episodes", "[1, 2]", .badRequest, "not a JSON object"),
                (.post, "/api/v1/episodes", #"{"site": 5}"#, .unprocessableContent, "site must be text"),
                (.post, "/api/v1/episodes", #"{"site": "face", "intensity": "high"}"#, .unprocessableContent, "intensity must be a whole number"),
                (.post, "/api/v1/episodes", #"{"site": "face", "intensity": 11}"#, .unprocessableContent, "ntensity"),
                (.post, "/api/v1/episodes", #"{"site": "face", "mood": "ok"}"#, .unprocessableContent, "Unknown field: mood"),
                (.post, "/api/v1/episodes", #"{"site": "nose"}"#, .unprocessableContent, "nose"),
                (.post, "/api/v1/episodes", #"{"site": "face", "started_at": "2999-01-01T00:00:00Z"}"#, .unprocessableContent, "future"),
                (.post, "/api/v1/episodes", #"{"site": "face", "started_at": "yesterday-ish"}"#, .unprocessableContent, "couldn't read the time"),
                (
                    .post, "/api/v1/episodes", "{\"site\": \"face\", \"note\": \"" + String(repeating: "x", count: 4_000) + "\"}", .contentTooLarge,
                    "larger than"
                ),
                (.put, "/api/v1/days/2026-02-30", #"{"sleep_hours": 7}"#, .unprocessableContent, "not a date"),
                (.put, "/api/v1/days/2026-11-20", #"{"sleep_hours": 30}"#, .unprocessableContent, "can't be right"),
                (.put, "/api/v1/days/2099-11-20", #"{"sleep_hours": 7}"#, .unprocessableContent, "future"),
                (.get, "/api/v1/episodes?limit=1000", nil, .unprocessableContent, "limit"),
                (.get, "/api/v1/episodes?cursor=%%%", nil, .unprocessableContent, "cursor"),
                (.get, "/api/v1/episodes/no-such-id", nil, .notFound, "no episode"),
                (.get, "/api/v1/nothing-here", nil, .notFound, "nothing at this address"),
            ]
            for (method, path, body, status, message) in cases {
                let answer = try await browser.request(method, path, json: body, headers: .bearer(token))
                #expect(answer.status == status, "\(method) \(path): \(answer.body)")
                #expect(answer.headers[.contentType] == "application/problem+json", "\(path)")
                #expect((answer.json?["detail"] as? String)?.contains(message) == true, "\(path): \(answer.body)")
                // The type is a page on this server that explains the problem, open without signing in.
                let type = try #require(answer.json?["type"] as? String)
                let explained = try await browser.fresh().request(.get, type)
                #expect(explained.status == .ok && explained.body.contains("<h1>\(status.reasonPhrase)</h1>"), "\(type)")
            }
            #expect(try await browser.fresh().request(.get, "/problems").body.contains("href=\"/problems/invalid-input\""))
            #expect(try await browser.fresh().request(.get, "/problems/no-such-problem").status == .notFound)
            let list = try await browser.request(.get, "/api/v1/episodes", headers: .bearer(token))
            #expect((list.json?["items"] as? [Any])?.isEmpty == true)
            let unauthorized = try await browser.request(.get, "/api/v1/today", headers: .bearer("not-a-token"))
            #expect(unauthorized.status == .unauthorized)
            // A revoked token stops working at once.
            let tokens = try await browser.request(.get, "/api/v1/tokens", headers: .bearer(token))
            let id = try #require((tokens.json?["items"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await browser.request(.delete, "/api/v1/tokens/\(id)", headers: .bearer(token)).status == .noContent)
            #expect(try await browser.request(.get, "/api/v1/today", headers: .bearer(token)).status == .unauthorized)
        }
    }

    @Test("Every API route is in the OpenAPI document, and every documented operation answers as documented")
    func openAPI() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        let registered = APIController(store: harness.store).addRoutes(to: Router(context: AppRequestContext.self).group("api/v1"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var documented: [String] = []
        for (path, item) in paths {
            for method in ["get", "put", "post", "patch", "delete"] where item[method] != nil { documented.append("\(method.uppercased()) \(path)") }
        }
        #expect(Set(registered) == Set(documented))
        #expect(registered.count == documented.count)
        #expect(Set(OpenAPIDocument.operations) == Set(documented))
        var documentedStatuses: [String: [Int]] = [:]
        for operation in documented {
            let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
            let object = paths[parts[1]]?[parts[0].lowercased()] as? [String: Any]
            documentedStatuses[operation] = (object?["responses"] as? [String: Any])?.keys.compactMap { Int($0) } ?? []
        }
        let operations = documented
        let statusesByOperation = documentedStatuses
        try Prerequisite.require(
            PythonChecker.hasModules(["openapi_schema_validator", "openapi_spec_validator"]),
            "python3 with openapi-schema-validator"
        )
        let exchanges = Exchanges()

        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            for exchange in try await APIWalk.everyOperation(browser, token: token, operations: operations) {
                let operation = exchange.operation
                let answer = exchange.answer
                exchanges.record(operation, status: Int(answer.status.code), request: exchange.body, response: answer.body)
                // A bad request too: its problem document must match the document's.
                if let refused = exchange.refused {
                    exchanges.record(operation, status: Int(refused.status.code), request: nil, response: refused.body)
                }
                let statuses = statusesByOperation[operation] ?? []
                #expect(statuses.contains(Int(answer.status.code)), "\(operation) answered \(answer.status.code)")
                #expect(answer.status.code < 300, "\(operation) answered \(answer.status.code): \(answer.body)")
            }
        }
        // Every body sent and received matches the document's schemas (checked by openapi-schema-validator).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(OpenAPIDocument.json.utf8).write(to: folder.appendingPathComponent("openapi.json"))
        try exchanges.json().write(to: folder.appendingPathComponent("exchanges.json"))
        let result = try PythonChecker.run(arguments: [
            PackagePaths.root.appendingPathComponent("Tests/Checkers/openapi_bodies.py").path,
            folder.appendingPathComponent("openapi.json").path, folder.appendingPathComponent("exchanges.json").path,
        ])
        let report = String(decoding: result.output, as: UTF8.self) + String(decoding: result.error, as: UTF8.self)
        print("OpenAPI contract: \(report)")
        #expect(result.status == 0, "\(report)")
        #expect(report.contains("\"checked\": ") && !report.contains("\"checked\": 0,"), "\(report)")
    }
}

/// The requests and answers of a test run, for checking against the OpenAPI document.
final class Exchanges: @unchecked Sendable {
    // Appended to by one test's task only.
    private var items: [[String: Any]] = []

    func record(_ operation: String, status: Int, request: String?, response: String) {
        func parsed(_ text: String?) -> Any {
            guard let text, let data = text.data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { return NSNull() }
            return value
        }
        // The upload's body is XML, not JSON.
        let sent: Any = operation.hasSuffix("apple-health") ? NSNull() : parsed(request)
        items.append(["operation": operation, "status": status, "request": sent, "response": parsed(response)])
    }

    func json() throws -> Data { try JSONSerialization.data(withJSONObject: items) }
}
