import Testing
import TwitchlessTestSupport

/// The built binary, run as a shell runs it: for every command, its help, and a refused or failed run's exit code and
/// standard error. (Everything else runs the same entry point in process.)
@Suite("The binary's exit codes and standard error", .timeLimit(.minutes(5)))
struct BinaryRunTests {
    /// For each command: a run that must fail, its exit code, and words its message must have.
    static let refusals: [(arguments: [String], status: Int32, message: String)] = [
        (["profile", "--birth", "2099-01-01"], 65, "in the future"),
        (["log", "episode", "knee_cap"], 65, "knee_cap"),
        (["today", "--colour"], 64, "--colour"),
        (["day", "next week"], 65, "next week"),
        (["history", "--days", "0"], 64, "--days"),
        (["supplement", "add", "Mg"], 64, "elemental magnesium per serving"),
        (["magnesium", "convert", "500", "mg", "unobtainium"], 65, "unobtainium"),
        (["food", "search", "zzzzqqqq"], 66, "zzzzqqqq"),
        (["import", "csv", "/nonexistent/days.csv"], 66, "days.csv"),
        (["export", "csv", "--output", "/dev/null/out"], 69, "could not be written"),
        (["medicine", "add", "levothyroxine", "--schedule", "sometimes"], 65, "sometimes"),
        (["check", "--talked-to-doctor", "RF01_twitch_2wk", "--got-help", "RF01_twitch_2wk"], 64, "not both"),
        (["report", "--from", "tomorrowish", "--output", "report.html"], 65, "tomorrowish"),
        (["report", "--from", "1850-01-01", "--output", "report.html"], 65, "from 1900-01-01 to 2199-12-31"),
        (["guide", "astrology"], 65, "astrology"),
        (["analyze", "triggers", "--lag"], 64, "--lag"),
        (["trial", "report"], 66, "trial"),
        (["remove", "episode", "face", "--at", "09:00"], 66, "episode"),
        (["serve", "--port", "70000"], 64, "port"),
        (["serve", "--auth-header", "Remote-Email"], 64, "--auth-header needs --trusted-proxy"),
        (["serve", "--trusted-proxy", "proxy.local"], 64, "proxy.local"),
        (["serve", "--trusted-proxy", "127.0.0.1", "--auth-header", "Remote Email"], 64, "header name"),
        (["serve", "--keep", "3"], 64, "go with --backup-dir"),
        (["serve", "--cache-people=-1"], 64, "--cache-people must be 0"),
        (["serve", "--backup-dir", "b", "--backup-every", "daily"], 64, "like 1d or 12h, not \"daily\""),
        (["serve", "--backup-dir", "b", "--keep", "0"], 64, "--keep must be 1 or more"),
        (["serve", "--backup-dir", "/dev/null"], 69, "is a file, not a folder"),
        (["backup", "/nonexistent-folder/b.twitchless-backup"], 69, "doesn't exist"),
        (["restore", "/nonexistent/b.twitchless-backup"], 66, "could not be read"),
    ]

    @Test("A refused or failed command exits with its code, says why on standard error and prints nothing else", arguments: refusals)
    func refused(arguments: [String], status: Int32, message: String) throws {
        let result = try CLIRunner().run(arguments)
        #expect(result.status == status, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
    }

    @Test("Every command's --help goes to standard output and exits 0", arguments: Set(refusals.map { $0.arguments[0] }))
    func help(command: String) throws {
        let result = try CLIRunner().run([command, "--help"], useDatabase: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW:") || result.stdout.contains("USAGE:"), "\(command): \(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test("A first run works from the binary: a profile, an episode and today")
    func firstRun() throws {
        let cli = CLIRunner()
        #expect(try cli.run(["profile", "--birth", "1988", "--sex", "female"]).status == 0)
        #expect(try cli.run(["log", "episode", "eyelid_left", "--at", "09:15"]).status == 0)
        let today = try cli.run(["today"])
        #expect(today.status == 0 && today.stdout.contains("eyelid"), "\(today.stdout)\(today.stderr)")
    }
}
