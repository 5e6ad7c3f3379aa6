import Foundation
import Hummingbird
import Synchronization
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// The command line's `--json` and the JSON API show the same facts under the same names.
@Suite("The same names on the command line and in the API", .timeLimit(.minutes(5)))
struct SameNamesTests {
    /// Each fact both surfaces show: the command and the API path, and where the document sits in each answer.
    static let pairs: [(command: [String], path: String, cli: String?, api: String?)] = [
        (["today"], "/api/v1/today", nil, nil),
        (["profile"], "/api/v1/profile", nil, nil),
        (["history", "--days", "7"], "/api/v1/history?days=7", nil, nil),
        (["supplement", "list"], "/api/v1/products", "products", "items"),
        (["medicine", "list"], "/api/v1/medicines", "medicines", "items"),
        (["magnesium", "forms"], "/api/v1/magnesium/forms", "forms", "items"),
        (["food", "search", "almond"], "/api/v1/foods?q=almond", "foods", "items"),
        (["magnesium", "schedule"], "/api/v1/magnesium/schedule", nil, nil),
        (["analyze", "triggers"], "/api/v1/analysis/triggers", nil, nil),
        (["trial", "show"], "/api/v1/trial", nil, nil),
        (["trial", "report"], "/api/v1/trial/report", nil, nil),
    ]

    @Test("Every field of every shared document has one name, the same on both surfaces")
    func sameNames() async throws {
        // The same person's data, entered on each surface.
        let cli = CLIRunner(now: "2026-11-24T18:00:00Z")
        for arguments in [
            ["profile", "--birth", "1988", "--sex", "female", "--time-zone", "UTC"],
            ["supplement", "add", "Test magnesium", "--elemental", "100", "--unit", "capsule"],
            ["medicine", "add", "levothyroxine", "--schedule", "07:00"],
            ["log", "episode", "face", "--at", "09:00"],
            ["log", "day", "--sleep", "7", "--stress", "3"],
            ["log", "supplement", "Test magnesium", "--at", "08:00"],
            ["log", "food", "--id", "12016", "--amount", "30 g", "--at", "12:00"],
            ["trial", "start", "--product", "Test magnesium", "--start", "2026-11-24"],
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let answers = Mutex<[String: String]>([:])
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Date(timeIntervalSince1970: 1_795_543_200)))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let writes: [(HTTPRequest.Method, String, String)] = [
                (.put, "/api/v1/profile", #"{"birth": "1988", "sex": "female", "time_zone": "UTC"}"#),
                (.post, "/api/v1/products", #"{"name": "Test magnesium", "elemental_mg": 100, "serving_unit": "capsule"}"#),
                (.post, "/api/v1/medicines", #"{"name": "levothyroxine", "schedule": "07:00"}"#),
                (.post, "/api/v1/episodes", #"{"site": "face", "started_at": "2026-11-24T09:00:00Z"}"#),
                (.put, "/api/v1/days/2026-11-24", #"{"sleep_hours": 7, "stress": 3}"#),
                (.post, "/api/v1/food-intakes", #"{"food_id": "12016", "amount": "30 g", "eaten_at": "2026-11-24T12:00:00Z"}"#),
                (.post, "/api/v1/trial", #"{"product": "Test magnesium", "start": "2026-11-24"}"#),
            ]
            for (method, path, body) in writes {
                let answer = try await browser.request(method, path, json: body, headers: .bearer(token))
                #expect(answer.status.code < 300, "\(path): \(answer.body)")
            }
            let products = try await browser.request(.get, "/api/v1/products", headers: .bearer(token)).json?["items"] as? [[String: Any]]
            let productID = products?.first?["id"] as? String ?? ""
            let intake = #"{"product_id": "\#(productID)", "taken_at": "2026-11-24T08:00:00Z"}"#
            #expect(try await browser.request(.post, "/api/v1/supplement-intakes", json: intake, headers: .bearer(token)).status == .created)
            for pair in Self.pairs {
                let body = try await browser.request(.get, pair.path, headers: .bearer(token)).body
                answers.withLock { $0[pair.path] = body }
            }
        }
        for pair in Self.pairs {
            let onCLI = try Self.document(try cli.json(pair.command), at: pair.cli)
            let body = answers.withLock { $0[pair.path] } ?? ""
            let answer = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any], "\(pair.path): \(body)")
            let onAPI = try Self.document(answer, at: pair.api)
            // A list that is empty on one surface names nothing there, so what the other shows inside it is not compared.
            let empty = Self.emptyLists(onCLI).union(Self.emptyLists(onAPI))
            let cliNames = Self.names(onCLI).filter { name in !empty.contains { name.hasPrefix($0 + "[]") } }
            let apiNames = Self.names(onAPI).filter { name in !empty.contains { name.hasPrefix($0 + "[]") } }
            #expect(cliNames.count > 3, "\(pair.command)")
            #expect(cliNames.subtracting(apiNames).sorted() == [], "\(pair.command.joined(separator: " ")) --json has names \(pair.path) lacks")
            #expect(apiNames.subtracting(cliNames).sorted() == [], "\(pair.path) has names \(pair.command.joined(separator: " ")) --json lacks")
        }
    }

    /// The document inside an answer: the answer itself, or the list under `key`.
    static func document(_ answer: [String: Any], at key: String?) throws -> Any {
        guard let key else { return answer }
        return try #require(answer[key], "no \(key) in \(answer.keys.sorted())")
    }

    /// The paths of the lists that are empty.
    static func emptyLists(_ value: Any, at path: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: []) { found, member in
                found.formUnion(emptyLists(member.value, at: path.isEmpty ? member.key : "\(path).\(member.key)"))
            }
        }
        guard let array = value as? [Any] else { return [] }
        return array.isEmpty ? [path] : array.reduce(into: []) { $0.formUnion(emptyLists($1, at: path + "[]")) }
    }

    /// Every field's path, like `magnesium.recommended_mg` or `episode_list[].started_at`; the keys of open maps
    /// (factors by name, excluded factors) are left out, as they are data rather than names.
    static func names(_ value: Any, at path: String = "") -> Set<String> {
        var found: Set<String> = []
        if let object = value as? [String: Any] {
            for (key, member) in object {
                let named = path.isEmpty ? key : "\(path).\(key)"
                found.insert(named)
                if ["factors_excluded", "unknown_units"].contains(key) { continue }
                if key == "factors", path.hasSuffix("poisson") || path.hasSuffix("negative_binomial") { continue }
                found.formUnion(names(member, at: named))
            }
        } else if let array = value as? [Any] {
            for member in array { found.formUnion(names(member, at: path + "[]")) }
        }
        return found
    }
}
