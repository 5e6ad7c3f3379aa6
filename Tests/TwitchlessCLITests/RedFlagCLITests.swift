import Foundation
import Testing
import TwitchlessTestSupport

@Suite("Red flags from the command line")
struct RedFlagCLITests {
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test("Twitching at one place for more than 14 days raises RF01 right after the log that crosses the line")
    func duration() throws {
        let cli = CLIRunner()
        try cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        for day in ["01", "05", "09", "13"] { try cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-\(day) 09:00"]) }
        let fourteen = try cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-15 09:00"])
        #expect(!fourteen.stdout.contains("RF01"))
        let fifteen = try cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-16 09:00"])
        #expect(flat(fifteen.stdout).contains("more than 2 weeks"), "\(fifteen.stdout)")
        #expect(fifteen.stdout.contains("--talked-to-doctor RF01_twitch_2wk"))
        let check = try cli.json(["check"])
        #expect((check["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["RF01_twitch_2wk"])
        // Talked to a doctor: gone, and the same count doesn't bring it back.
        #expect(try cli.run(["check", "--talked-to-doctor", "RF01_twitch_2wk"]).status == 0)
        try cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-20 09:00"])
        #expect((try cli.json(["check"])["notices"] as? [Any])?.isEmpty == true)
        // A new place is a new sign.
        let spread = try cli.run(["log", "episode", "calf_left", "--at", "2026-11-21 09:00"])
        #expect(spread.stdout.contains("RF02_twitch_multisite"))
    }

    @Test("An emergency symptom says to call for help first, above everything else on Today")
    func emergencyFirst() throws {
        let cli = CLIRunner()
        try cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        try cli.run(["log", "episode", "calf_left", "--kind", "cramp", "--duration", "12m", "--at", "08:00"])
        let logged = try cli.run(["log", "symptom", "breathing_difficulty"])
        #expect(flat(logged.stdout).contains("EMERGENCY: Trouble breathing is an emergency. Call 999"))
        let today = try cli.run(["today"]).stdout
        #expect(today.hasPrefix("  EMERGENCY:"), "\(today)")
        let ids = (try cli.json(["check"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["RF10_breathing", "RF20_cramp_10min"])
    }

    @Test("Unknown symptoms and unknown flags are refused; nothing is stored")
    func badInput() throws {
        let cli = CLIRunner()
        try cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        let unknown = try cli.run(["log", "symptom", "hiccups"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("log symptom --help"))
        #expect(try cli.run(["check", "--talked-to-doctor", "RF99"]).status == 66)
        #expect((try cli.json(["check"])["notices"] as? [Any])?.isEmpty == true)
    }

    @Test("Diarrhoea after supplements gives the dose notice")
    func diarrhoea() throws {
        let cli = CLIRunner()
        try cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        try cli.run(["supplement", "add", "Oxide", "--elemental", "250"])
        try cli.run(["log", "supplement", "Oxide", "--at", "08:00"])
        let logged = try cli.run(["log", "symptom", "diarrhoea"])
        #expect(flat(logged.stdout).contains("first sign of taking more supplemental magnesium"))
    }
}
