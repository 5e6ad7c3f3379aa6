import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// No log line, at trace level, carries what people typed or the secrets that let someone in.
@Suite("Nothing private in the logs", .timeLimit(.minutes(5)))
struct LogPrivacyTests {
    /// A value found nowhere else, put in every field a request carries.
    static func marker(_ kind: String) -> String { "Zq\(kind)\(UUID().uuidString.prefix(8).lowercased())" }

    @Test(
        "Every page and API operation, with marker values in every field, logs none of them nor any token, at trace",
        arguments: TestStores.Engine.allCases
    )
    func server(engine: TestStores.Engine) async throws {
        let log = CapturedLog()
        let store = try await TwitchlessStore.open(try await TestStores.freshLocation(engine), logger: log.logger("twitchless.store"))
        var harness = ServerHarness(store: store, settings: ServerSettings(bcryptCost: 4))
        harness.logger = log.logger("twitchless.server")
        let note = Self.marker("note")
        let name = Self.marker("name")
        let email = "\(Self.marker("mail"))@example.org"
        let password = "\(Self.marker("pass")) long enough"
        let secrets = SecretBox()
        let recovery = SecretBox()
        try await harness.run { owner in
            let setup = try await owner.request(.get, "/setup")
            _ = try await owner.request(.post, "/setup", form: ["csrf": setup.csrf ?? "", "name": name, "email": email, "password": password])
            // A failed sign-in with a marker password, then a right one.
            let fresh = owner.fresh()
            let login = try await fresh.request(.get, "/login")
            _ = try await fresh.request(.post, "/login", form: ["csrf": login.csrf ?? "", "email": email, "password": password + "x"])
            _ = try await fresh.request(.post, "/login", form: ["csrf": login.csrf ?? "", "email": email, "password": password])
            let token = try await owner.makeToken(name: name)
            secrets.add(token)
            secrets.add(contentsOf: owner.cookies.values)
            let settings = try await owner.request(.get, "/settings")
            secrets.add(settings.csrf ?? "")
            for body in [
                #"{"site": "face", "note": "\#(note)"}"#, #"{"name": "\#(name)", "elemental_mg": 100}"#,
                #"{"name": "\#(name)", "schedule": "07:00"}"#, #"{"symptom": "muscle_weakness", "note": "\#(note)"}"#,
                #"{"query": "\#(name)", "amount": "30 g"}"#, #"{"stress": 3, "note": "\#(note)"}"#,
            ] {
                for path in ["/api/v1/episodes", "/api/v1/products", "/api/v1/medicines", "/api/v1/symptoms", "/api/v1/food-intakes"] {
                    _ = try await owner.request(.post, path, json: body, headers: .bearer(token))
                }
            }
            // Every API operation, its path parameters and query made of markers, and a body of markers.
            for operation in OpenAPIDocument.operations {
                let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
                let path =
                    parts[1].replacingOccurrences(of: "{id}", with: note).replacingOccurrences(of: "{name}", with: name)
                    .replacingOccurrences(of: "{date}", with: note) + "?from=\(note)&q=\(name)&magnesium_from=\(note)"
                let method = HTTPRequest.Method(rawValue: parts[0])!
                let body =
                    method == .get || method == .delete ? nil : #"{"note": "\#(note)", "name": "\#(name)", "site": "\#(note)", "start": "\#(note)"}"#
                _ = try await owner.request(method, path, json: body, headers: .bearer(token))
            }
            // Every page, then the forms that carry words.
            for page in [
                "/", "/log", "/history", "/magnesium", "/medicines", "/notices", "/analysis", "/trial", "/report", "/profile", "/settings",
                "/more", "/import", "/report/download", "/export/backup", "/export/all.zip", "/export/days.csv", "/export/fhir.json",
                "/guide/magnesium", "/day/\(note)", "/episodes/\(note)",
            ] {
                _ = try await owner.request(.get, page)
            }
            let csrf = settings.csrf ?? ""
            _ = try await owner.request(.post, "/log/episode", form: ["csrf": csrf, "site": "face", "note": note, "at": note])
            _ = try await owner.request(.post, "/check-in", form: ["csrf": csrf, "date": note, "sleep_hours": note])
            _ = try await owner.request(.post, "/profile", form: ["csrf": csrf, "birth": note, "time_zone": name])
            _ = try await owner.request(
                .post,
                "/settings/password",
                form: ["csrf": csrf, "current_password": password, "new_password": password + "new"]
            )
            // Two-step sign-in: its secret, key, recovery codes and the waiting sign-in's cookie.
            let twoFactor = try await TwoFactorTests.turnOn(owner, store: store, email: email, password: password + "new")
            secrets.add(twoFactor.secret)
            secrets.add(TwoFactor.typedKey(secret: twoFactor.secret).replacingOccurrences(of: " ", with: ""))
            recovery.add(contentsOf: twoFactor.codes)
            let second = owner.fresh()
            try await TwoFactorTests.password(second, email: email, password: password + "new")
            secrets.add(contentsOf: second.cookies.values)
            _ = try await TwoFactorTests.code(second, "123456")
            _ = try await TwoFactorTests.code(second, twoFactor.codes[0])
            let share = try await ShareLinkTests.share(owner, fields: ["passcode": "739214"])
            let sharePath = share.path ?? ""
            secrets.add(String(sharePath.dropFirst(3)))
            let doctor = owner.fresh()
            _ = try await doctor.request(.get, sharePath)
            _ = try await doctor.request(.post, sharePath, form: ["passcode": "000000"])
            _ = try await doctor.request(.post, sharePath, form: ["passcode": "739214"])
            secrets.add(contentsOf: doctor.cookies.values)
            let join = try await owner.invite()
            secrets.add(String(join.dropFirst(6)))
            let other = owner.fresh()
            let joining = try await other.request(.get, join)
            _ = try await other.request(
                .post,
                join,
                form: ["csrf": joining.csrf ?? "", "name": name + "b", "email": "b" + email, "password": password + "b"]
            )
            secrets.add(contentsOf: other.cookies.values)
            let people = try await owner.request(.get, "/settings")
            if let id = people.body.range(of: "/settings/people/").map({ String(people.body[$0.upperBound...].prefix { $0 != "/" }) }) {
                let made = try await owner.request(.post, "/settings/people/\(id)/reset", form: ["csrf": people.csrf ?? ""])
                if let link = made.body.range(of: "/reset/").map({ String(made.body[$0.upperBound...].prefix { $0 != "<" }) }) { secrets.add(link) }
            }
            _ = try await owner.request(.post, "/logout", form: ["csrf": people.csrf ?? ""])
        }
        let lines = log.all
        #expect(lines.count > 20, "trace logging wrote too little to test: \(lines.count) lines")
        let words = [note, name, email, password, "b" + email, "739214"] + secrets.values.filter { $0.count >= 12 } + recovery.values
        for word in words {
            let found = lines.filter { $0.contains(word) }
            #expect(found.isEmpty, "\(word) is in the log: \(found.prefix(3))")
        }
        // Nothing like a bind list of SQL values either.
        #expect(lines.allSatisfy { !$0.contains("binds") }, "\(lines.filter { $0.contains("binds") }.prefix(2))")
    }
}

/// Tokens and cookie values seen during a test, collected from its requests.
final class SecretBox: @unchecked Sendable {
    // Used from one test task at a time.
    private(set) var values: [String] = []
    func add(_ value: String) { if !value.isEmpty { values.append(value) } }
    func add(contentsOf more: some Sequence<String>) { for value in more { add(value) } }
}
