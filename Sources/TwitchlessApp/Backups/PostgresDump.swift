import Foundation
import TwitchlessCore

/// A whole PostgreSQL database written by `pg_dump` (custom format) and checked by listing it with `pg_restore`.
/// The password goes in the environment, never on the command line, where other users could see it.
enum PostgresDump {
    static func write(url: String, to path: String, pgDump: String) async throws(TwitchlessError) {
        guard var parts = URLComponents(string: url) else {
            throw TwitchlessError(.invalidInput, "The PostgreSQL address can't be read for pg_dump.")
        }
        var environment = ProcessInfo.processInfo.environment
        if let password = parts.password { environment["PGPASSWORD"] = password }
        parts.password = nil
        let address = parts.string ?? url
        let dumped = try await run(pgDump, ["--format=custom", "--no-owner", "--file=\(path)", "--dbname=\(address)"], environment: environment)
        guard dumped.status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw TwitchlessError(
                .unavailable,
                "pg_dump could not back up the database, so no backup was made this time.",
                fix: "Check that pg_dump matches the server's version; the next backup tries again."
            )
        }
        chmod(path, 0o600)
        let restore = (pgDump as NSString).deletingLastPathComponent + "/pg_restore"
        let listed = try await run(
            FileManager.default.isExecutableFile(atPath: restore) ? restore : "/usr/bin/pg_restore",
            ["--list", path],
            environment: environment
        )
        guard listed.status == 0, listed.output.contains("TABLE DATA public owners") else {
            try? FileManager.default.removeItem(atPath: path)
            throw TwitchlessError(.unavailable, "The backup pg_dump wrote failed its check, so it was removed.", fix: "The next backup tries again.")
        }
    }

    private static func run(
        _ program: String,
        _ arguments: [String],
        environment: [String: String]
    ) async throws(TwitchlessError) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        // On a thread of its own: pg_dump can take a while, and the server's few concurrency threads must not wait.
        let result: (Int32, String)? = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                do {
                    try process.run()
                } catch {
                    continuation.resume(returning: nil)
                    return
                }
                let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                continuation.resume(returning: (process.terminationStatus, output))
            }
        }
        guard let result else { throw TwitchlessError(.unavailable, "\(program) could not be started.") }
        return (status: result.0, output: result.1)
    }
}
