import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// A server on a fresh database of either engine, and a browser-like client with a cookie jar.
struct ServerHarness {
    let store: TwitchlessStore
    let settings: ServerSettings
    /// The server's logger (the privacy tests capture it at trace level).
    var logger = Logger(label: "twitchless.server")

    static func make(
        _ engine: TestStores.Engine,
        settings: ServerSettings = ServerSettings(bcryptCost: 4),
        clock: WallClock = .system
    ) async throws -> ServerHarness {
        ServerHarness(store: try await TestStores.open(engine, clock: clock), settings: settings)
    }

    func run(_ body: @Sendable (Browser) async throws -> Void) async throws {
        let app = buildApplication(settings, store: store, logger: logger)
        do {
            try await app.test(.router) { client in
                try await body(Browser(client: client))
            }
        } catch {
            // A failed #require ends the test: close the store anyway, so the failure is reported instead of crashing the run.
            await store.close()
            throw error
        }
        await store.close()
    }

    /// The same over real connections on loopback (the settings' port should be 0). The application's own store
    /// service closes the store when the server stops.
    /// The test client holds one connection and never opens another, so the server's slow-client limits (which close
    /// a connection idle for 30 s) are lifted here: a test that waits, on a busy machine, keeps its connection.
    /// `SlowClientTests` test those limits over connections of their own.
    func runLive(_ body: @Sendable (Browser) async throws -> Void) async throws {
        var settings = settings
        settings.slowClientSeconds = max(settings.slowClientSeconds, 3_600)
        let app = buildApplication(settings, store: store)
        try await app.test(.live) { client in
            try await body(Browser(client: client))
        }
    }
}

/// One person's browser: keeps cookies and reads CSRF tokens from pages.
final class Browser: @unchecked Sendable {
    // Used from one test task at a time; the jar is never shared between tasks.
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(client: any TestClientProtocol) { self.client = client }

    /// A second person on the same server, with an empty cookie jar.
    func fresh() -> Browser { Browser(client: client) }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        /// The body's bytes as they came (for downloads that aren't text).
        var bytes: Data = Data()
        var location: String? { headers[.location] }
        /// The first CSRF token on the page.
        var csrf: String? {
            guard let range = body.range(of: "name=\"csrf\" value=\"") else { return nil }
            return String(body[range.upperBound...].prefix { $0 != "\"" })
        }
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] }
    }

    @discardableResult
    func request(
        _ method: HTTPRequest.Method,
        _ uri: String,
        form: [String: String]? = nil,
        json: String? = nil,
        raw: (body: String, contentType: String)? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> Page {
        var headers = extra
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        var body: ByteBuffer?
        if let form {
            headers[.contentType] = "application/x-www-form-urlencoded"
            body = ByteBuffer(string: form.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&"))
        } else if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(string: json)
        } else if let raw {
            headers[.contentType] = raw.contentType
            body = ByteBuffer(string: raw.body)
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            for field in response.headers where field.name == .setCookie {
                let pair = field.value.split(separator: ";").first.map(String.init) ?? ""
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else { continue }
                if parts[1].isEmpty { self.cookies[parts[0]] = nil } else { self.cookies[parts[0]] = parts[1] }
            }
            return Page(
                status: response.status,
                headers: response.headers,
                body: String(buffer: response.body),
                bytes: Data(response.body.readableBytesView)
            )
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    /// Makes the owner account through the first-run page.
    func setUp(email: String = "owner@example.org", password: String = "a long enough password") async throws -> Page {
        let page = try await request(.get, "/setup")
        return try await request(.post, "/setup", form: ["csrf": page.csrf ?? "", "name": "Owner", "email": email, "password": password])
    }

    /// Creates an API token on the settings page and returns it.
    func makeToken(name: String = "tests") async throws -> String {
        let settings = try await request(.get, "/settings")
        let created = try await request(.post, "/settings/tokens", form: ["csrf": settings.csrf ?? "", "name": name])
        guard let range = created.body.range(of: "it won't be shown again.</p><p><code>") else { return "" }
        return String(created.body[range.upperBound...].prefix { $0 != "<" })
    }

    /// Creates an invitation on the settings page and returns its path.
    func invite() async throws -> String {
        let settings = try await request(.get, "/settings")
        let created = try await request(.post, "/settings/invitations", form: ["csrf": settings.csrf ?? ""])
        guard let range = created.body.range(of: "/join/") else { return "" }
        return "/join/" + String(created.body[range.upperBound...].prefix { $0 != "<" })
    }
}

extension HTTPFields {
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}

extension ServerHarness {
    /// A header name, for headers the HTTP types don't name.
    static func header(_ name: String) -> HTTPFields.Element.Name { HTTPFields.Element.Name(name)! }
}
