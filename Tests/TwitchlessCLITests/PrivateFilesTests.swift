import Foundation
import Testing
import TwitchlessTestSupport

/// Files with health data in them are the person's alone, whatever the umask: exports and reports 0600, the folders
/// an export creates 0700, a folder that was there keeps its mode.
@Suite("Private files", .timeLimit(.minutes(2)))
struct PrivateFilesTests {
    /// Runs the binary with umask 000 (everything readable and writable by all, unless the app says otherwise).
    static func runOpen(_ runner: CLIRunner, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask 000; exec \"$0\" \"$@\"", CLIRunner.binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = runner.folder.path
        environment["TWITCHLESS_NOW"] = runner.now
        environment["TZ"] = "UTC"
        environment["TWITCHLESS_DATABASE"] = runner.database.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func mode(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }

    @Test("With umask 000: the CSV export, its new folders, the report, the backup, the FHIR bundle and the calendar are the owner's only")
    func modes() throws {
        let runner = CLIRunner()
        #expect(try runner.run(["profile", "--birth", "1988-04-02", "--time-zone", "Europe/London"]).status == 0)
        #expect(try runner.run(["log", "episode", "eyelid_left", "--at", "10:00"]).status == 0)
        let folder = runner.folder.appendingPathComponent("exports/csv").path
        #expect(try Self.runOpen(runner, ["export", "csv", "--output", folder]) == 0)
        #expect(try Self.mode(folder + "/days.csv") == 0o600)
        #expect(try Self.mode(folder + "/episodes.csv") == 0o600)
        #expect(try Self.mode(folder) == 0o700)
        #expect(try Self.mode(runner.folder.appendingPathComponent("exports").path) == 0o700)
        let report = runner.folder.appendingPathComponent("report.html").path
        #expect(try Self.runOpen(runner, ["report", "--output", report]) == 0)
        #expect(try Self.mode(report) == 0o600)
        let backup = runner.folder.appendingPathComponent("me.twitchless-backup").path
        #expect(try Self.runOpen(runner, ["backup", backup]) == 0)
        #expect(try Self.mode(backup) == 0o600)
        for (command, name) in [("fhir", "bundle.json"), ("ics", "calendar.ics")] {
            let path = runner.folder.appendingPathComponent(name).path
            #expect(try Self.runOpen(runner, ["export", command, "--output", path]) == 0, "\(command)")
            #expect(try Self.mode(path) == 0o600, "\(command)")
        }
        // A folder that was there keeps its mode; a file written again is replaced whole, still 0600.
        let shared = runner.folder.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        chmod(shared.path, 0o755)
        #expect(try Self.runOpen(runner, ["export", "csv", "--output", shared.path]) == 0)
        #expect(try Self.mode(shared.path) == 0o755)
        #expect(try Self.mode(shared.path + "/days.csv") == 0o600)
        #expect(try Self.runOpen(runner, ["export", "csv", "--output", shared.path]) == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: shared.path).filter { $0.hasSuffix(".part") }
        #expect(leftovers.isEmpty)
        #expect(try Self.mode(shared.path + "/episodes.csv") == 0o600)
    }
}
