import Foundation
import Testing
import TwitchlessTestSupport

@Suite("A first session from the README", .timeLimit(.minutes(5)))
struct FirstSessionTests {
    @Test("Profile, logs and today work end to end, and today --json has the documented fields")
    func firstSession() async throws {
        let cli = CLI()
        // Given a new person's profile and a day of logs
        #expect(await cli.run(["profile", "--birth", "1988-04-02", "--sex", "female", "--time-zone", "Europe/London"]).status == 0)
        #expect(await cli.run(["log", "day", "--sleep", "6.5", "--stress", "6", "--drink", "2 coffee"]).status == 0)
        #expect(await cli.run(["log", "episode", "eyelid_left", "--intensity", "3", "--duration", "20s", "--at", "09:15"]).status == 0)
        #expect(await cli.run(["log", "episode", "calf_right", "--kind", "cramp", "--at", "yesterday 21:15"]).status == 0)
        let add = await cli.run(["supplement", "add", "Magnesium glycinate", "--elemental", "100", "--unit", "capsule"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(await cli.run(["log", "supplement", "Magnesium glycinate", "--servings", "2", "--at", "08:00"]).status == 0)
        let food = await cli.run(["log", "food", "--id", "12016", "--amount", "1 oz", "--at", "12:30"])
        #expect(food.stdout.contains("155.9 mg magnesium"), "\(food.stdout)\(food.stderr)")

        // When the person looks at today
        let today = try await cli.json(["today"])
        let magnesium = try #require(today["magnesium"] as? [String: Any])

        // Then every documented field is there with the sourced values
        #expect(today["date"] as? String == "2026-11-24")
        #expect(today["tracked"] as? Bool == true)
        #expect(today["episodes"] as? Int == 1)
        #expect(magnesium["supplement_mg"] as? Double == 200)
        #expect((magnesium["food_mg"] as? Double).map { Int($0.rounded()) } == 156)
        #expect((magnesium["total_mg"] as? Double).map { Int($0.rounded()) } == 356)
        #expect(magnesium["recommended_mg"] as? Double == 320)
        #expect(magnesium["supplement_upper_limit_mg"] as? Double == 350)
        #expect(magnesium["supplement_upper_limit_body"] as? String == "US/IOM")
        #expect(magnesium.keys.contains("recommended_mg_range"))
        #expect((today["notices"] as? [Any])?.isEmpty == true)
        let factors = try #require(today["factors"] as? [String: Any])
        #expect(factors["caffeine_mg"] as? Double == 192)

        let text = await cli.run(["today"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("= 111% of your RDA of 320 mg"), "\(text)")
        #expect(text.contains("never food"))
        // Yesterday's cramp is on yesterday, which was not checked in.
        let yesterday = try await cli.json(["day", "yesterday"])
        #expect(yesterday["episodes"] as? Int == 1)
        #expect(yesterday["tracked"] as? Bool == false)
    }

    @Test("Without sex, the RDA is a range and recommended_mg is its higher end, the one suggestions use")
    func rangeWithoutSex() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1988"])
        let magnesium = try #require(try await cli.json(["today"])["magnesium"] as? [String: Any])
        #expect(magnesium["recommended_mg"] as? Double == 420)
        #expect(magnesium["recommended_mg_range"] as? [Double] == [320, 420])
    }

    @Test("Infants have no upper limit: supplement_upper_limit_mg is null and the advice says why")
    func infant() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "2026-09-01", "--sex", "male"])
        let today = try await cli.json(["today"])
        let magnesium = try #require(today["magnesium"] as? [String: Any])
        #expect(magnesium["supplement_upper_limit_mg"] is NSNull)
        #expect(magnesium["recommended_mg"] as? Double == 30)
        let ids = (today["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["infant_no_supplements"])
    }

    @Test("Going over the upper limit raises the dose notice right after logging, with its source")
    func overLimit() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "male", "--kidney", "not_sure"])
        await cli.run(["supplement", "add", "Oxide 500", "--compound", "500", "--form", "oxide", "--unit", "tablet"])
        let log = await cli.run(["log", "supplement", "oxide 500", "--servings", "2", "--at", "08:00"])
        #expect(log.status == 0)
        #expect(log.stdout.contains("603 mg elemental magnesium"))
        #expect(log.stdout.contains("above the US Institute of Medicine (IOM) upper limit of 350 mg"))
        #expect(log.stdout.contains("kidneys"))
        let today = try await cli.json(["today"])
        let notices = try #require(today["notices"] as? [[String: Any]])
        #expect(Set(notices.compactMap { $0["id"] as? String }) == ["dose_over_ul", "kidney_disease_not_sure"])
        #expect(notices.allSatisfy { ($0["source"] as? String)?.isEmpty == false && ($0["message"] as? String)?.isEmpty == false })
    }

    @Test("history shows tracked days, untracked days and a sparkline")
    func history() async throws {
        let cli = CLI()
        await cli.run(["log", "day", "--date", "2026-11-20", "--sleep", "7"])
        await cli.run(["log", "episode", "face", "--at", "2026-11-20T10:00"])
        await cli.run(["log", "episode", "face", "--at", "2026-11-20T11:00"])
        await cli.run(["log", "day", "--date", "2026-11-22"])
        let history = try await cli.json(["history", "--days", "7"])
        let days = try #require(history["days"] as? [[String: Any]])
        #expect(days.count == 7)
        #expect(days.map { $0["tracked"] as? Bool } == [false, false, true, false, true, false, false])
        #expect(days[2]["episodes"] as? Int == 2)
        let text = await cli.run(["history", "--days", "7"]).stdout
        #expect(text.contains("··█·_··"))
    }
}

@Suite("Caffeine from drinks", .timeLimit(.minutes(5)))
struct DrinkTests {
    @Test("Drinks come from the sourced drinks table first, then from the USDA table; they add to the day's caffeine")
    func drinks() async throws {
        let cli = CLI()
        let result = await cli.run(["log", "day", "--drink", "2 espresso", "--drink", "red bull"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("mayo_espresso"))
        #expect(result.stdout.contains("USDA SR28 NDB 14154"))
        // 2 × 63 mg (Mayo Clinic) + 258 g × 29 mg/100 g (SR28 14154, first portion: one 8.4 fl oz can)
        let factors = try await cli.json(["today"])["factors"] as? [String: Any]
        #expect((factors?["caffeine_mg"] as? Double).map { ($0 * 100).rounded() / 100 } == 126 + 74.82)
        await cli.run(["log", "day", "--drink", "coffee"])
        let more = try await cli.json(["today"])["factors"] as? [String: Any]
        #expect((more?["caffeine_mg"] as? Double).map { ($0 * 100).rounded() / 100 } == 126 + 74.82 + 96)
        await cli.run(["log", "day", "--caffeine", "150"])
        #expect((try await cli.json(["today"])["factors"] as? [String: Any])?["caffeine_mg"] as? Double == 150)
    }
}

@Suite("Honest amounts and safe wording", .timeLimit(.minutes(5)))
struct HonestAmountTests {
    @Test("A product of unknown hydration state stays a range after logging; the higher value counts for the limit")
    func hydrationRange() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        let add = await cli.run(["supplement", "add", "Calm", "--compound", "2000", "--form", "citrate", "--hydration-unknown", "--unit", "scoop"])
        #expect(add.status == 0, "\(add.stderr)")
        let log = await cli.run(["log", "supplement", "Calm", "--at", "08:00"])
        #expect(log.stdout.contains("226.8–323.2 mg elemental magnesium"), "\(log.stdout)")
        let magnesium = try #require(try await cli.json(["today"])["magnesium"] as? [String: Any])
        #expect(magnesium["supplement_mg"] as? Double == 323.2)
        #expect(magnesium["supplement_mg_range"] as? [Double] == [226.8, 323.2])
        #expect(magnesium["total_mg_range"] as? [Double] == [226.8, 323.2])
        #expect(await cli.run(["today"]).stdout.contains("227–323 mg"))
    }

    @Test("With kidney disease the upper limit is never presented as safe")
    func kidneyWording() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "male", "--kidney", "yes"])
        await cli.run(["supplement", "add", "Gly", "--elemental", "100"])
        await cli.run(["log", "supplement", "Gly", "--at", "08:00"])
        let text = await cli.run(["today"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!text.contains("within it"))
        #expect(text.contains("only your doctor can say"))
        #expect(text.contains("Because you have kidney disease"))
    }

    @Test("UTC is a time zone the profile keeps, and later commands still work")
    func utcZone() async throws {
        let cli = CLI()
        #expect(await cli.run(["profile", "--time-zone", "UTC"]).status == 0)
        let profile = try await cli.json(["profile"])
        #expect(profile["time_zone"] as? String == "UTC")
        #expect(await cli.run(["log", "day"]).status == 0)
        #expect(await cli.run(["profile", "--time-zone", "Europe/Paris"]).status == 0)
    }
}
