public import Foundation
import Logging
import PostgresNIO
public import TwitchlessCore
public import TwitchlessStore

/// Fresh databases for tests, on both engines.
public enum TestStores {
    /// The engines the store runs on.
    public enum Engine: String, CaseIterable, Sendable, CustomStringConvertible {
        case sqlite, postgres
        public var description: String { rawValue }
    }

    /// A new, empty SQLite file in its own temporary folder.
    public static func temporaryFile() -> (url: URL, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder.appendingPathComponent("twitchless.sqlite"), folder)
    }

    /// Opens a store on a new temporary SQLite file.
    public static func open() async throws -> (store: TwitchlessStore, url: URL) {
        let (url, _) = temporaryFile()
        return (try await TwitchlessStore.open(.sqliteFile(url.path)), url)
    }

    /// The throwaway PostgreSQL cluster the test command started (`TWITCHLESS_TEST_POSTGRES_URL`), if any.
    public static var postgresAdminURL: String? {
        ProcessInfo.processInfo.environment["TWITCHLESS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A location on `engine` with nothing in it: a new SQLite file, or a new database on the test cluster.
    /// Without PostgreSQL the test is skipped, or, in CI, fails.
    public static func freshLocation(_ engine: Engine) async throws -> DatabaseLocation {
        switch engine {
        case .sqlite:
            return .sqliteFile(temporaryFile().url.path)
        case .postgres:
            try Prerequisite.require(postgresAdminURL != nil, "PostgreSQL (TWITCHLESS_TEST_POSTGRES_URL)")
            guard let admin = postgresAdminURL else { throw TestStoreError.postgresMissing }
            let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await createDatabase(name, adminURL: admin)
            guard let slash = admin.range(of: "/", options: .backwards), admin[..<slash.lowerBound].hasSuffix("//") == false else {
                return .postgres(url: admin + "/" + name)
            }
            return .postgres(url: String(admin[..<slash.upperBound]) + name)
        }
    }

    /// Runs `body` with a store on a fresh location of `engine`, and closes the store before returning, after a
    /// failure too.
    public static func with(_ engine: Engine, _ body: (TwitchlessStore) async throws -> Void) async throws {
        let store = try await open(engine)
        do {
            try await body(store)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// Opens a store on a fresh location of `engine` (skipping the test when that engine isn't available outside CI).
    public static func open(_ engine: Engine, clock: WallClock = .system) async throws -> TwitchlessStore {
        try await TwitchlessStore.open(try await freshLocation(engine), clock: clock)
    }

    static func createDatabase(_ name: String, adminURL: String) async throws {
        _ = try await administer(["CREATE DATABASE \(name)"], url: adminURL, database: "postgres")
    }

    /// The test cluster's server log (`TWITCHLESS_TEST_POSTGRES_LOG`), which the query plan test reads.
    public static var postgresLogPath: String? {
        ProcessInfo.processInfo.environment["TWITCHLESS_TEST_POSTGRES_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs `statements` as the test cluster's administrator in the database of `location` (a PostgreSQL one), and
    /// returns the last one's rows, every column as text.
    public static func administer(_ statements: [String], in location: DatabaseLocation) async throws -> [[String?]] {
        guard case .postgres(let url) = location else { throw TestStoreError.badURL(location.description) }
        return try await administer(statements, url: url, database: nil)
    }

    /// The same on the cluster at `url`, in `database` (by default the one the URL names).
    static func administer(_ statements: [String], url: String, database: String?) async throws -> [[String?]] {
        guard let parsed = URL(string: url), let host = parsed.host else { throw TestStoreError.badURL(url) }
        var configuration = PostgresConnection.Configuration(
            host: host,
            port: parsed.port ?? 5432,
            username: parsed.user ?? "postgres",
            password: parsed.password,
            database: database ?? String(parsed.path.dropFirst()),
            tls: .disable
        )
        configuration.options.connectTimeout = .seconds(5)
        let logger = Logger(label: "twitchless.tests")
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 2, logger: logger)
        var rows: [[String?]] = []
        do {
            for statement in statements {
                rows = []
                for try await row in try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) {
                    rows.append(try row.map { cell in try cell.decode(String?.self) })
                }
            }
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
        return rows
    }

    public enum TestStoreError: Error, CustomStringConvertible {
        case postgresMissing
        case badURL(String)

        public var description: String {
            switch self {
            case .postgresMissing: "TWITCHLESS_TEST_POSTGRES_URL is not set, and CI requires the PostgreSQL tests; run them with scripts/test"
            case .badURL(let url): "TWITCHLESS_TEST_POSTGRES_URL is not a postgres:// URL: \(url)"
            }
        }
    }
}
