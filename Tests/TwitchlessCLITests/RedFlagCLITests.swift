import Foundation
import Testing
import TwitchlessTestSupport

@Suite("Red flags from the command line", .timeLimit(.minutes(5)))
struct RedFlagCLITests {
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test("Twitching at one place for more than 14 days raises RF01 right after the log that crosses the line")
    func duration() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        for day in ["01", "05", "09", "13"] { await cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-\(day) 09:00"]) }
        let fourteen = await cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-15 09:00"])
        #expect(!fourteen.stdout.contains("RF01"))
        let fifteen = await cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-16 09:00"])
        #expect(flat(fifteen.stdout).contains("more than 2 weeks"), "\(fifteen.stdout)")
        #expect(fifteen.stdout.contains("--talked-to-doctor RF01_twitch_2wk"))
        let check = try await cli.json(["check"])
        #expect((check["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["RF01_twitch_2wk"])
        // Talked to a doctor: gone, and the same count doesn't bring it back.
        #expect(await cli.run(["check", "--talked-to-doctor", "RF01_twitch_2wk"]).status == 0)
        await cli.run(["log", "episode", "eyelid_left", "--at", "2026-11-20 09:00"])
        #expect((try await cli.json(["check"])["notices"] as? [Any])?.isEmpty == true)
        // A new place is a new sign.
        let spread = await cli.run(["log", "episode", "calf_left", "--at", "2026-11-21 09:00"])
        #expect(spread.stdout.contains("RF02_twitch_multisite"))
    }

    @Test("An emergency symptom says to call for help first, above everything else on Today")
    func emergencyFirst() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "female", "--time-zone", "Europe/London"])
        await cli.run(["log", "episode", "calf_left", "--kind", "cramp", "--duration", "12m", "--at", "08:00"])
        let logged = await cli.run(["log", "symptom", "breathing_difficulty"])
        #expect(flat(logged.stdout).contains("EMERGENCY: Trouble breathing is an emergency. Call 999"))
        let today = await cli.run(["today"]).stdout
        #expect(today.hasPrefix("  EMERGENCY:"), "\(today)")
        let ids = (try await cli.json(["check"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["RF10_breathing", "RF20_cramp_10min"])
    }

    @Test("Unknown symptoms and unknown flags are refused; nothing is stored")
    func badInput() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        let unknown = await cli.run(["log", "symptom", "hiccups"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("log symptom --help"))
        #expect(await cli.run(["check", "--talked-to-doctor", "RF99"]).status == 66)
        #expect((try await cli.json(["check"])["notices"] as? [Any])?.isEmpty == true)
    }

    @Test("Diarrhoea after supplements gives the dose notice")
    func diarrhoea() async throws {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "female"])
        await cli.run(["supplement", "add", "Oxide", "--elemental", "250"])
        await cli.run(["log", "supplement", "Oxide", "--at", "08:00"])
        let logged = await cli.run(["log", "symptom", "diarrhoea"])
        #expect(flat(logged.stdout).contains("first sign of taking more supplemental magnesium"))
    }
}

@Suite("Safety review fixes", .timeLimit(.minutes(5)))
struct SafetyReviewFixTests {
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    func person() async throws -> CLI {
        let cli = CLI()
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "male", "--time-zone", "UTC"])
        return cli
    }

    @Test("Emergency advice comes before the confirmation; 'I got help' marks it even in its first 24 hours; a new log brings it back")
    func emergency() async throws {
        let cli = try await person()
        let logged = await cli.run(["log", "symptom", "breathing_difficulty", "--at", "17:00"])
        #expect(logged.stdout.hasPrefix("  EMERGENCY:"), "\(logged.stdout)")
        // A time zone with no single country: no number is guessed.
        #expect(flat(logged.stdout).contains("Call your local emergency number"))
        let marked = await cli.run(["check", "--got-help", "RF10_breathing"])
        #expect(marked.status == 0 && marked.stdout.contains("Noted that you got help"))
        let ids = (try await cli.json(["check"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids?.contains("RF10_breathing") == false)
        await cli.run(["log", "symptom", "breathing_difficulty", "--at", "17:15"])
        let again = (try await cli.json(["check"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(again?.first == "RF10_breathing")
        // 25 hours after the latest log it is an urgent follow-up, not "get help now".
        let later = try await cli.json(["check"], environment: ["TWITCHLESS_NOW": "2026-11-25T18:30:00Z"])
        let followUp = (later["notices"] as? [[String: Any]])?.first { $0["id"] as? String == "RF10_breathing" }
        #expect(followUp?["severity"] as? String == "urgent")
        #expect((followUp?["message"] as? String)?.contains("If it is happening now or comes back, call your local emergency number at once") == true)
    }

    @Test("Signs of too much magnesium: a supplement log shows the flag, and no magnesium times are planned")
    func stopMagnesium() async throws {
        let cli = try await person()
        await cli.run(["log", "symptom", "muscle_weakness", "--at", "08:00"])
        await cli.run(["supplement", "add", "Mag Ox", "--elemental", "240"])
        let logged = await cli.run(["log", "supplement", "Mag Ox", "--servings", "2", "--at", "09:00"])
        #expect(flat(logged.stdout).contains("Stop magnesium and call your local emergency number"), "\(logged.stdout)")
        let plan = try await cli.json(["magnesium", "schedule"])
        #expect((plan["refused"] as? [String: Any])?["id"] as? String == "RF26_too_much_mg_severe")
    }

    @Test("Medicine wording: the larger gap is explained, antacid-label rules say they are a precaution, digoxin's advice is plain")
    func wording() async throws {
        let cli = try await person()
        let levofloxacin = flat(await cli.run(["medicine", "add", "levofloxacin", "--schedule", "08:00"]).stdout)
        #expect(levofloxacin.contains("Twitchless uses the larger one"))
        #expect(levofloxacin.contains("at least 6 hours before it"))
        #expect(!levofloxacin.contains("2 hours after magnesium"))
        let thyroid = flat(await cli.run(["medicine", "add", "levothyroxine", "--schedule", "07:00"]).stdout)
        #expect(thyroid.contains("as a precaution"))
        let digoxin = flat(await cli.run(["medicine", "add", "digoxin", "--schedule", "08:00", "--start", "2026-10-01"]).stdout)
        #expect(digoxin.contains("If you take digoxin"))
        #expect(!digoxin.contains("more than a year"))
        // An acid reducer without a start date: its "if more than a year" advice is a standing notice in check, once.
        let omeprazole = flat(await cli.run(["medicine", "add", "omeprazole", "--schedule", "08:00"]).stdout)
        #expect(omeprazole.contains("If you have taken omeprazole for more than a year"))
        let ids = (try await cli.json(["check"])["notices"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.filter { $0 == "ppi" }.count == 1)
        #expect(ids.contains("digoxin"))
    }

    @Test("Kidney disease puts its notice in check before any supplement; a country sets the number; a bad code changes nothing")
    func kidneyAndCountry() async throws {
        let cli = try await person()
        await cli.run(["profile", "--kidney", "yes"])
        let check = try await cli.json(["check"])
        #expect((check["notices"] as? [[String: Any]])?.contains { $0["id"] as? String == "kidney_disease" } == true)
        let bad = await cli.run(["profile", "--country", "XZ", "--sex", "female"])
        #expect(bad.status == 65 && bad.stderr.contains("not a country code"))
        let profile = try await cli.json(["profile"])
        #expect(profile["sex"] as? String == "male" && profile["country"] is NSNull)
        await cli.run(["profile", "--country", "au"])
        #expect(try await cli.json(["profile"])["emergency_number"] as? String == "000")
        let logged = flat(await cli.run(["log", "symptom", "seizure"]).stdout)
        #expect(logged.contains("Call 000") && !logged.contains("Call 999"))
    }

    @Test("The report's notices belong to its period, and eyelid twitching mentions the one-week suggestion")
    func reportPeriod() async throws {
        let cli = try await person()
        for day in ["01", "05", "09", "13", "17"] { await cli.run(["log", "episode", "eyelid_left", "--at", "2026-10-\(day) 09:00"]) }
        await cli.run(["supplement", "add", "Big", "--elemental", "500"])
        await cli.run(["log", "supplement", "Big", "--at", "09:00"])
        let path = cli.folder.appendingPathComponent("r.html").path
        await cli.run(["report", "--from", "2026-10-01", "--to", "2026-10-31", "--output", path])
        let html = try cli.read(path)
        #expect(html.contains("An eye doctor suggests a check if eyelid twitching lasts more than a week"))
        #expect(!html.contains("2026-11-24 adds up to"))
    }
}
