import Foundation
import Testing
import TwitchlessTestSupport

@Suite("Help", .timeLimit(.minutes(5)))
struct HelpTests {
    static let commands: [[String]] = [
        ["profile"], ["log", "episode"], ["log", "day"], ["log", "supplement"], ["log", "food"], ["today"], ["day"],
        ["history"], ["supplement", "add"], ["supplement", "list"], ["magnesium", "forms"], ["magnesium", "convert"],
        ["magnesium", "foods"], ["food", "search"], ["import", "csv"], ["export", "csv"],
        ["log"], ["supplement"], ["magnesium"], ["food"], ["import"], ["export"], ["remove"],
        ["remove", "episode"], ["remove", "supplement"], ["remove", "food"], ["remove", "day"], ["remove", "symptom"],
        ["medicine"], ["medicine", "add"], ["medicine", "list"], ["medicine", "remove"], ["check"], ["magnesium", "schedule"],
        ["log", "symptom"], ["report"], ["guide"], ["analyze"], ["analyze", "triggers"],
        ["trial"], ["trial", "design"], ["trial", "start"], ["trial", "status"], ["trial", "report"], ["trial", "show"],
    ]

    @Test("Every command's --help describes it and gives examples", arguments: commands)
    func help(command: [String]) async throws {
        let result = await CLI().run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW:"))
        #expect(result.stdout.lowercased().contains("example"), "\(command) --help has no example")
        #expect(!result.stdout.contains("(no abstract)"))
    }

    @Test("The top-level help lists every command and the exit codes")
    func topLevel() async throws {
        let result = await CLI().run(["--help"])
        for name in [
            "profile", "log", "today", "day", "history", "supplement", "magnesium", "food", "import", "export", "remove", "medicine", "check",
            "report", "guide", "analyze", "trial",
        ] {
            #expect(result.stdout.contains("  \(name)"), "missing \(name)")
        }
        #expect(result.stdout.contains("Exit codes"))
    }
}
