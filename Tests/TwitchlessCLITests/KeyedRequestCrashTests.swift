import Foundation
import Testing
import TwitchlessStore
import TwitchlessTestSupport

/// Keyed API requests with the server killed (SIGKILL) while they run, then restarted: every retry gets the stored
/// answer or does the work exactly once (`Tests/Checkers/keyed_requests.py`).
@Suite("Keyed requests survive a crash", .serialized, .timeLimit(.minutes(10)))
struct KeyedRequestCrashTests {
    static let script = PackagePaths.root.appendingPathComponent("Tests/Checkers/keyed_requests.py").path

    static func checker(_ arguments: [String]) async throws -> (ok: Bool, text: String) {
        let result = try await PythonChecker.runOffPool(arguments: [script] + arguments)
        let text = String(decoding: result.output, as: UTF8.self) + String(decoding: result.error, as: UTF8.self)
        return (result.status == 0, text)
    }

    @Test(
        "Killed in the middle of 60 keyed requests and restarted: each is done once, answered ones keep their answer",
        arguments: TestStores.Engine.allCases
    )
    func killAndRetry(engine: TestStores.Engine) async throws {
        try Prerequisite.require(PythonChecker.hasModules(["json"]), "python3")
        let runner = CLIRunner()
        let location = try await TestStores.freshLocation(engine)
        var database = runner.database.path
        if case .postgres(url: let url) = location { database = url }
        let environment = ["TWITCHLESS_NOW": runner.now, "TZ": "UTC"]
        let state = runner.folder.appendingPathComponent("keyed.json").path
        let first = try ServerProcess(database: database, environment: environment, folder: runner.folder)
        let setUp = try await Self.checker(["setup", first.address, state])
        try #require(setUp.ok, "\(setUp.text)")
        // The requests go out 16 at a time; the server is killed once 10 have their answer, with others in flight.
        let fire = Process()
        fire.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fire.arguments = ["python3", Self.script, "fire", first.address, state, "60"]
        let progress = Pipe()
        fire.standardOutput = progress
        try fire.run()
        var seen = ""
        while !seen.contains("answered 10\n") {
            let data = progress.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        first.kill()
        _ = progress.fileHandleForReading.readDataToEndOfFile()
        fire.waitUntilExit()
        #expect(fire.terminationStatus == 0)
        let second = try ServerProcess(database: database, environment: environment, folder: runner.folder)
        let retried = try await Self.checker(["retry", second.address, state])
        #expect(retried.ok, "\(retried.text)")
        print("keyed requests after the kill: \(retried.text)")
        #expect(second.stop() == 0)
    }
}
