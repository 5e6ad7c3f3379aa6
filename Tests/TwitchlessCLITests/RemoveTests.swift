import Foundation
import Testing
import TwitchlessTestSupport

@Suite("Removing mistakes", .timeLimit(.minutes(5)))
struct RemoveTests {
    @Test("An episode, an intake, a food and a check-in can each be removed; nothing else changes")
    func removeEach() async throws {
        let cli = CLI()
        await cli.run(["log", "day", "--sleep", "7"])
        await cli.run(["log", "episode", "eyelid_left", "--at", "09:15"])
        await cli.run(["log", "episode", "calf_left", "--kind", "cramp", "--at", "09:15"])
        await cli.run(["supplement", "add", "Gly", "--elemental", "100"])
        await cli.run(["log", "supplement", "Gly", "--at", "08:00"])
        await cli.run(["log", "food", "--id", "12016", "--amount", "30 g", "--at", "12:30"])

        let episode = await cli.run(["remove", "episode", "eyelid_left", "--at", "09:15"])
        #expect(episode.status == 0, "\(episode.stderr)")
        var today = try await cli.json(["today"])
        #expect(today["episodes"] as? Int == 1)

        #expect(await cli.run(["remove", "supplement", "gly", "--at", "08:00"]).status == 0)
        #expect(await cli.run(["remove", "food", "--at", "12:30"]).status == 0)
        today = try await cli.json(["today"])
        let magnesium = try #require(today["magnesium"] as? [String: Any])
        #expect(magnesium["total_mg"] as? Double == 0)
        #expect(today["tracked"] as? Bool == true)

        #expect(await cli.run(["remove", "day", "today"]).status == 0)
        today = try await cli.json(["today"])
        #expect(today["tracked"] as? Bool == false)
        #expect(today["episodes"] as? Int == 1)
    }

    @Test("Removing something that isn't there is not found (66) and changes nothing")
    func notThere() async throws {
        let cli = CLI()
        await cli.run(["log", "episode", "face", "--at", "09:15"])
        let missing = await cli.run(["remove", "episode", "face", "--at", "09:16"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("twitchless day"))
        #expect(try await cli.json(["today"])["episodes"] as? Int == 1)
        #expect(await cli.run(["remove", "day", "today"]).status == 66)
    }
}

@Suite("Removing a symptom", .timeLimit(.minutes(5)))
struct RemoveSymptomTests {
    @Test("A symptom logged by mistake can be removed, and its flag goes with it")
    func removeSymptom() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01"])
        await cli.run(["log", "symptom", "breathing_difficulty", "--at", "10:00"])
        #expect(await cli.run(["remove", "symptom", "breathing_difficulty", "--at", "10:00"]).status == 0)
        #expect((try await cli.json(["check"])["notices"] as? [Any])?.isEmpty == true)
        #expect(await cli.run(["remove", "symptom", "breathing_difficulty", "--at", "10:00"]).status == 66)
    }
}
