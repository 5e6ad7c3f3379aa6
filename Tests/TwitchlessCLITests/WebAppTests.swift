import Foundation
import Testing
import TwitchlessStore
import TwitchlessTestSupport

/// The web app as people use it: a phone in headless Chromium, and two servers sharing one PostgreSQL.
@Suite("The web app in a real browser and on two servers", .timeLimit(.minutes(10)))
struct WebAppTests {
    static var hasBrowser: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && (try? PythonChecker.run(arguments: ["-c", "import selenium"]))?.status == 0
    }

    @Test("On a 390×844 phone: owner account, an episode in one tap, a check-in, settings; no sideways scrolling, 44 px targets, labels")
    func phone() throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        let runner = CLIRunner()
        let server = try ServerProcess(
            database: runner.database.path,
            environment: ["TWITCHLESS_NOW": runner.now, "TZ": "UTC"],
            folder: runner.folder
        )
        let shots = PackagePaths.root.appendingPathComponent(".build/test-artifacts/browser").path
        let result = try PythonChecker.run(arguments: [
            PackagePaths.root.appendingPathComponent("Tests/Browser/phone_flow.py").path, server.address, shots,
        ])
        let output = String(decoding: result.output, as: UTF8.self)
        #expect(result.status == 0, "\(output)\n\(String(decoding: result.error, as: UTF8.self))")
        #expect(output.contains("today-logged"))
        #expect(FileManager.default.fileExists(atPath: shots + "/03-today-logged.png"))
        // SIGTERM stops the server gracefully: every connection closed, exit status 0.
        #expect(server.stop() == 0)
        // The episode tapped in the browser is in the database the CLI reads.
        let today = try runner.run(["history", "--days", "1", "--json"])
        #expect(today.stdout.contains("\"episodes\" : 1"), "\(today.stdout)")
    }

    @Test("On a 390×844 phone: an emergency seen first, a symptom removed by mistake; 25 hours later a follow-up, marked and gone")
    func phoneSafety() throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        let runner = CLIRunner()
        let shots = PackagePaths.root.appendingPathComponent(".build/test-artifacts/browser-safety").path
        let script = PackagePaths.root.appendingPathComponent("Tests/Browser/phone_safety.py").path
        // Given a server whose clock reads the runner's time
        let first = try ServerProcess(
            database: runner.database.path,
            environment: ["TWITCHLESS_NOW": runner.now, "TZ": "UTC"],
            folder: runner.folder
        )
        let logged = try PythonChecker.run(arguments: [script, first.address, shots, "log"])
        #expect(logged.status == 0, "\(String(decoding: logged.output, as: UTF8.self))\n\(String(decoding: logged.error, as: UTF8.self))")
        #expect(first.stop() == 0)
        // When the same database is served 25 hours later
        let later = try ServerProcess(
            database: runner.database.path,
            environment: ["TWITCHLESS_NOW": "2026-11-25T19:00:00Z", "TZ": "UTC"],
            folder: runner.folder
        )
        let followed = try PythonChecker.run(arguments: [script, later.address, shots, "later"])
        #expect(followed.status == 0, "\(String(decoding: followed.output, as: UTF8.self))\n\(String(decoding: followed.error, as: UTF8.self))")
        #expect(later.stop() == 0)
    }

    @Test("A second server on a port already in use says so plainly and exits 69")
    func portInUse() throws {
        let runner = CLIRunner()
        let server = try ServerProcess(database: runner.database.path, folder: runner.folder)
        let port = String(server.address.split(separator: ":").last ?? "")
        let second = try runner.run(
            ["serve", "--port", port, "--database", runner.folder.appendingPathComponent("other.sqlite").path],
            useDatabase: false
        )
        #expect(second.status == 69)
        #expect(second.stderr.contains("could not start"))
        #expect(server.stop() == 0)
    }

    @Test("Two servers on one PostgreSQL: sign in on one, log through the other, see it on both; both stop gracefully")
    func twoServers() async throws {
        guard case .postgres(url: let url) = try await TestStores.freshLocation(.postgres) else {
            Issue.record("not a PostgreSQL location")
            return
        }
        let folder = CLIRunner().folder
        let first = try ServerProcess(database: url, folder: folder)
        let second = try ServerProcess(database: url, folder: folder)
        let result = try PythonChecker.run(arguments: [
            PackagePaths.root.appendingPathComponent("Tests/Browser/two_servers.py").path, first.address, second.address,
        ])
        #expect(result.status == 0, "\(String(decoding: result.output, as: UTF8.self))\(String(decoding: result.error, as: UTF8.self))")
        #expect(first.stop() == 0)
        #expect(second.stop() == 0)
    }
}
