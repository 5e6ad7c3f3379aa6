import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Every statement the app runs on PostgreSQL reads a person's tables through an index: with sequential scans turned
/// off, PostgreSQL still plans one only where no index can serve the query. The plans are the real ones, with the
/// real values, logged by auto_explain while the app answers every API operation and every page.
@Suite("Query plans on PostgreSQL", .timeLimit(.minutes(10)))
struct QueryPlanTests {
    static let now = Date(timeIntervalSince1970: 1_795_543_200)

    @Test("With sequential scans off, no statement of the API or the pages reads a person's table by a sequential scan")
    func everyQueryUsesAnIndex() async throws {
        try Prerequisite.require(TestStores.postgresAdminURL != nil, "PostgreSQL (TWITCHLESS_TEST_POSTGRES_URL)")
        try Prerequisite.require(TestStores.postgresLogPath != nil, "the PostgreSQL test cluster's log (TWITCHLESS_TEST_POSTGRES_LOG)")
        let logPath = try #require(TestStores.postgresLogPath)
        let location = try await TestStores.freshLocation(.postgres)
        // The schema first; then every new connection to this database logs each statement's plan.
        await (try await TwitchlessStore.open(location)).close()
        guard case .postgres(let url) = location, let name = url.split(separator: "/").last.map(String.init) else { return }
        _ = try await TestStores.administer(
            [
                "ALTER DATABASE \(name) SET session_preload_libraries = 'auto_explain'",
                "ALTER DATABASE \(name) SET auto_explain.log_min_duration = 0",
                "ALTER DATABASE \(name) SET auto_explain.log_format = 'json'",
                "ALTER DATABASE \(name) SET auto_explain.log_nested_statements = on",
                "ALTER DATABASE \(name) SET enable_seqscan = off",
            ],
            in: location
        )
        let personal = Set(
            try await TestStores.administer(
                ["SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('owner_id', 'user_id')"],
                in: location
            ).compactMap { $0.first ?? nil }
        )
        #expect(personal.contains("episodes") && personal.count > 10, "\(personal)")
        let logStart = (try FileManager.default.attributesOfItem(atPath: logPath)[.size] as? Int) ?? 0

        let store = try await TwitchlessStore.open(location, workload: .server, clock: .fixed(Self.now))
        let harness = ServerHarness(store: store, settings: ServerSettings(bcryptCost: 4))
        try await harness.run { owner in
            _ = try await owner.setUp()
            let token = try await owner.makeToken()
            for exchange in try await APIWalk.everyOperation(owner, token: token, operations: OpenAPIDocument.operations) {
                #expect(exchange.answer.status.code < 300, "\(exchange.operation) answered \(exchange.answer.status.code)")
            }
            // Every page, and a share link opened by someone without an account.
            for path in FuzzTests.pageGets where !["/login", "/setup"].contains(path) {
                _ = try await owner.request(.get, path)
            }
            _ = try await owner.request(.get, "/history?days=365")
            let report = try await owner.request(.get, "/report")
            let shared = try await owner.request(
                .post,
                "/report/share",
                form: ["csrf": report.csrf ?? "", "from": "2026-11-01", "to": "2026-11-24", "days": "14"]
            )
            if let range = shared.body.range(of: "/s/") {
                let doctor = owner.fresh()
                _ = try await doctor.request(.get, "/s/" + String(shared.body[range.upperBound...].prefix { $0 != "<" }))
            }
            // A reminder, and the round that sends it (to a mail server that isn't there: the failure is stored too).
            _ = try await owner.request(.put, "/api/v1/profile", json: #"{"time_zone": "UTC"}"#, headers: .bearer(token))
            let settings = try await owner.request(.get, "/settings")
            _ = try await owner.request(
                .post,
                "/settings/reminders",
                form: ["csrf": settings.csrf ?? "", "check_in_at": "17:30", "email": "sam@example.org"]
            )
            let mail = MailSettings(host: "127.0.0.1", port: 9, usesTLS: false, username: nil, password: nil, from: "Twitchless <r@example.org>")
            let dispatcher = ReminderDispatcher(
                store: store,
                mail: mail,
                push: PushKeys(store: store, contact: "mailto:t@example.org"),
                serverID: "plans"
            )
            _ = await dispatcher.runOnce(now: Self.now)
            _ = await dispatcher.runOnce(now: Self.now.addingTimeInterval(3_600))
            // A second person, invited, signing up and in.
            let invitation = try await owner.invite()
            let other = owner.fresh()
            let join = try await other.request(.get, invitation)
            _ = try await other.request(
                .post,
                invitation,
                form: ["csrf": join.csrf ?? "", "name": "Other", "email": "other@example.org", "password": "another long password"]
            )
            _ = try await other.request(.get, "/")
            _ = try await owner.request(.post, "/logout", form: ["csrf": try await owner.request(.get, "/").csrf ?? ""])
            let login = try await owner.request(.get, "/login")
            _ = try await owner.request(
                .post,
                "/login",
                form: ["csrf": login.csrf ?? "", "email": "owner@example.org", "password": "a long enough password"]
            )
        }
        // Housekeeping: stale sessions, keys and links are removed across everyone.
        let later = Self.now.addingTimeInterval(400 * 86_400)
        let again = try await TwitchlessStore.open(location, clock: .fixed(later))
        _ = try await again.accounts { try await $0.removeStale(now: Int64(later.timeIntervalSince1970), signInWindowSeconds: 900) }
        await again.close()

        let plans = try Self.plans(in: logPath, from: logStart)
        #expect(plans.count > 200, "only \(plans.count) plans were logged")
        var scans: [String: String] = [:]
        for plan in plans {
            for table in Self.sequentialScans(plan["Plan"]) where personal.contains(table) {
                let query = (plan["Query Text"] as? String ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                scans["\(table): \(query.prefix(300))"] = table
            }
        }
        #expect(scans.isEmpty, "read by a sequential scan:\n\(scans.keys.sorted().joined(separator: "\n"))")
        print("query plans: \(plans.count) statements planned, none reading a person's table by a sequential scan: \(scans.isEmpty)")
    }

    /// The JSON plans auto_explain wrote to the log after `offset`.
    static func plans(in path: String, from offset: Int) throws -> [[String: Any]] {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64(offset))
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        try handle.close()
        var plans: [[String: Any]] = []
        var current: [Substring]?
        func finish() {
            guard let lines = current else { return }
            let json = lines.map { $0.hasPrefix("\t") ? $0.dropFirst() : $0 }.joined(separator: "\n")
            if let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] { plans.append(object) }
            current = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("\t") || line.hasPrefix(" ") {
                current?.append(line)
            } else {
                finish()
                if line.contains("LOG:  duration:") && line.hasSuffix("plan:") { current = [] }
            }
        }
        finish()
        return plans
    }

    /// The tables a plan node, or any node under it, reads by a sequential scan.
    static func sequentialScans(_ node: Any?) -> [String] {
        guard let node = node as? [String: Any] else { return [] }
        var tables: [String] = []
        if node["Node Type"] as? String == "Seq Scan", let table = node["Relation Name"] as? String { tables.append(table) }
        for child in node["Plans"] as? [Any] ?? [] { tables += sequentialScans(child) }
        return tables
    }
}
