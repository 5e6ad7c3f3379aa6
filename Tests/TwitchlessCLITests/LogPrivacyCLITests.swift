import Foundation
import Testing
import TwitchlessTestSupport

@Suite("Nothing private in the command line's logs", .timeLimit(.minutes(5)))
struct LogPrivacyCLITests {
    @Test("At TWITCHLESS_LOG_LEVEL=trace, commands given marker values in every field log none of them")
    func trace() throws {
        let cli = CLIRunner()
        let marker = "Zq\(UUID().uuidString.prefix(8).lowercased())"
        let trace = ["TWITCHLESS_LOG_LEVEL": "trace"]
        let folder = cli.folder.path
        let commands: [[String]] = [
            ["profile", "--birth", "1988-04-02", "--sex", "female", "--time-zone", "Europe/London"],
            ["log", "episode", "eyelid_left", "--intensity", "3", "--note", "\(marker) episode", "--at", "09:00"],
            ["log", "day", "--sleep", "6.5", "--stress", "6", "--drink", "2 coffee"],
            ["supplement", "add", "\(marker) glycinate", "--elemental", "100"],
            ["log", "supplement", "\(marker) glycinate", "--servings", "2", "--at", "08:00"],
            ["log", "food", "pumpkin seeds", "--amount", "30 g", "--at", "12:00"],
            ["medicine", "add", "\(marker)mab", "--schedule", "07:00"],
            ["log", "symptom", "muscle_weakness", "--note", "\(marker) weakness"],
            ["today"], ["history", "--days", "7"], ["check"], ["magnesium", "schedule"], ["analyze", "triggers"],
            ["report", "--output", "\(folder)/report.html"], ["export", "csv", "--output", "\(folder)/csv"],
            ["export", "fhir", "--output", "\(folder)/fhir.json"], ["backup", "\(folder)/b.twitchless-backup"],
            ["--database", "\(folder)/other.sqlite", "restore", "\(folder)/b.twitchless-backup"],
            ["log", "episode", "\(marker)site", "--note", marker], ["food", "search", marker], ["day", marker],
            ["remove", "episode", "face", "--at", marker],
        ]
        var logged = ""
        for command in commands {
            let result = try cli.run(command, environment: trace)
            logged += result.stderr.split(separator: "\n").filter { !$0.contains("couldn't") && !$0.contains("We could") }.joined(separator: "\n")
            // Messages to the person may repeat what they typed; log lines (with a level and a label) must not.
            for line in result.stderr.split(separator: "\n") where line.contains(" trace ") || line.contains(" debug ") || line.contains(" info ") {
                #expect(!line.contains(marker), "\(command): \(line)")
                #expect(!line.contains("binds"), "\(command): \(line)")
            }
        }
        // Trace logging was on: the database said where it opened.
        #expect(logged.contains("debug") || logged.contains("trace"), "no log lines at all: \(logged.prefix(300))")
    }
}
