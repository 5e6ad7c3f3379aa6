import Foundation
import Testing
import TwitchlessTestSupport

/// Two servers on a highly available PostgreSQL cluster (Patroni, etcd, HAProxy; `scripts/ha-cluster`), writers
/// logging episodes through both while the primary is killed twice: no acknowledged write is lost or stored twice,
/// clients see only 503s (with Retry-After) or cut connections meanwhile, and readiness follows the primary
/// (`Tests/Checkers/failover.py`).
@Suite("A database failover", .serialized, .timeLimit(.minutes(15)))
struct FailoverTests {
    static let script = PackagePaths.root.appendingPathComponent("scripts/ha-cluster").path
    static let checker = PackagePaths.root.appendingPathComponent("Tests/Checkers/failover.py").path

    static var hasClusterPackages: Bool {
        ["/usr/bin/patroni", "/usr/bin/etcd", "/usr/sbin/haproxy"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the cluster script; its standard output, or an error with what it said.
    static func cluster(_ arguments: [String]) async throws -> String {
        let result = try await PythonChecker.runOffPool(executable: "/bin/bash", arguments: [script] + arguments)
        let output = String(decoding: result.output, as: UTF8.self)
        guard result.status == 0 else {
            throw ClusterError(message: "scripts/ha-cluster \(arguments.joined(separator: " ")): \(String(decoding: result.error, as: UTF8.self))")
        }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct ClusterError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    @Test("The primary killed twice under writers through two servers: nothing acknowledged is lost or doubled")
    func primaryKilledTwice() async throws {
        try Prerequisite.require(Self.hasClusterPackages, "Patroni, etcd and HAProxy (Debian packages patroni, etcd-server, haproxy)")
        let runner = CLIRunner()
        let folder = runner.folder.appendingPathComponent("cluster").path
        let url = try await Self.cluster(["start", folder])
        defer { _ = try? PythonChecker.run(executable: "/bin/bash", arguments: [Self.script, "stop", folder]) }
        let environment = ["TWITCHLESS_NOW": runner.now, "TZ": "UTC"]
        let first = try ServerProcess(database: url, environment: environment, folder: runner.folder)
        let second = try ServerProcess(database: url, environment: environment, folder: runner.folder)
        let result = try await PythonChecker.runOffPool(arguments: [Self.checker, folder, Self.script, first.address, second.address])
        let text = String(decoding: result.output, as: UTF8.self) + String(decoding: result.error, as: UTF8.self)
        print("failover: \(text)")
        #expect(result.status == 0, "\(text)")
        // A server that can't stop in time holds a request it never answered (a statement lost on a closed connection).
        #expect(first.stop() == 0, "the first server did not stop within 30 s of SIGTERM")
        #expect(second.stop() == 0, "the second server did not stop within 30 s of SIGTERM")
    }
}
