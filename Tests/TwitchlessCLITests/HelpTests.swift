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
        ["serve"],
    ]

    /// The options whose help says their default in its own words when the parser prints it after them anyway.
    static func repeatedDefaults(_ help: String) -> [String] {
        var entries: [String] = []
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  -") {
                entries.append(String(line))
            } else if !entries.isEmpty, line.hasPrefix("      ") {
                entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return entries.filter { $0.contains("(default:") && ($0.contains("(default ") || $0.contains("default is")) }
    }

    @Test("Every command's --help describes it and gives examples", arguments: commands)
    func help(command: [String]) async throws {
        let result = await CLI().run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW:"))
        #expect(result.stdout.lowercased().contains("example"), "\(command) --help has no example")
        #expect(!result.stdout.contains("(no abstract)"))
    }

    /// Every command that has a help page, read from the help itself: the top level's subcommands, and theirs.
    static func allCommands() async -> [[String]] {
        var found: [[String]] = []
        var waiting: [[String]] = [[]]
        while let command = waiting.popLast() {
            found.append(command)
            let help = await CLI().run(command + ["--help"]).stdout
            guard let start = help.range(of: "SUBCOMMANDS:\n") else { continue }
            for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { continue }
                waiting.append(command + [String(name)])
            }
        }
        return found
    }

    @Test("No option in any command's help says its default again where the parser prints it")
    func defaultsOnce() async {
        let commands = await Self.allCommands()
        #expect(commands.count > Self.commands.count)
        for command in commands {
            let help = await CLI().run(command + ["--help"]).stdout
            #expect(Self.repeatedDefaults(help).isEmpty, "\(command): \(Self.repeatedDefaults(help))")
        }
    }

    @Test("An option's help that states its default beside the parser's own is found")
    func repeatedDefault() {
        let help = """
            OPTIONS:
              --port <port>           The port (default 8080; 0 picks a free one).
                                      (default: 8080)
              --keep <count>          How many to keep (default 14).
              --days <n>              How many days (at most 3660). (default: 14)
            """
        #expect(Self.repeatedDefaults(help).count == 1)
        #expect(Self.repeatedDefaults(help).first?.contains("--port") == true)
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
