import Foundation
import Testing
import TwitchlessTestSupport

@Suite("The N-of-1 trial from the command line", .timeLimit(.minutes(5)))
struct TrialTests {
    @Test("Start, show the stored order, then report: 3 blocks all favouring magnesium give p = 0.25")
    func wholeTrial() async throws {
        var cli = CLI(now: "2026-01-01T12:00:00Z")
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "female", "--time-zone", "UTC"])
        await cli.run(["supplement", "add", "G", "--elemental", "100"])
        let design = await cli.run(["trial", "design", "--product", "G", "--servings", "2", "--blocks", "3"])
        #expect(design.status == 0, "\(design.stderr)")
        #expect(design.stdout.contains("smallest possible randomization p is 0.25:"))
        let started = await cli.run([
            "trial", "start", "--product", "G", "--servings", "2", "--blocks", "3", "--period-days", "6",
            "--washout-days", "2", "--seed", "7", "--start", "2026-01-02",
        ])
        #expect(started.status == 0, "\(started.stderr)")
        let shown = try await cli.json(["trial", "show"])
        #expect(shown["blocks"] as? Int == 3)
        let blocks = try #require(shown["block_arms"] as? [[String]])
        #expect(blocks.count == 3 && blocks.allSatisfy { Set($0) == ["magnesium", "control"] })
        // The same seed gives the same order.
        let again = CLI(now: "2026-01-01T12:00:00Z")
        await again.run(["supplement", "add", "G", "--elemental", "100"])
        await again.run([
            "trial", "start", "--product", "G", "--blocks", "3", "--period-days", "6", "--washout-days", "2", "--seed", "7", "--start", "2026-01-02",
        ])
        #expect(try await again.json(["trial", "show"])["block_arms"] as? [[String]] == blocks)

        // After the trial: every day checked in; 1 episode a day in magnesium periods, 3 in control periods.
        cli.now = "2026-03-01T12:00:00Z"
        var days = "date\n"
        var episodes = "started_at,site,kind\n"
        let start = Date(timeIntervalSince1970: 1_767_312_000)  // 2026-01-02
        for offset in 0..<36 {
            let iso = String(ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(offset) * 86_400)).prefix(10))
            days += "\(iso)\n"
            let arm = blocks[offset / 12][(offset % 12) / 6]
            for hour in 0..<(arm == "magnesium" ? 1 : 3) { episodes += "\(iso)T\(10 + hour):00:00Z,face,twitch\n" }
        }
        await cli.run(["import", "csv", try cli.write("days.csv", days), try cli.write("episodes.csv", episodes)])
        let report = try await cli.json(["trial", "report"])
        #expect(report["interim"] as? Bool == false)
        #expect(report["estimate"] as? Double == 2)
        #expect(report["p_randomization"] as? Double == 0.25)
        #expect(report["p_t"] is NSNull)  // no spread: undefined, not an error
        #expect((report["blocks"] as? [[String: Any]])?.first?["analysed_days"] as? Int == 8)
        let periods = try #require((report["adherence"] as? [String: Any])?["periods"] as? [[String: Any]])
        #expect(periods.count == 6 && periods.allSatisfy { $0["days"] as? Int == 4 && $0["days_taken"] as? Int == 0 })
        let text = await cli.run(["trial", "report"]).stdout
        #expect(text.contains("2 fewer episodes a day"))
        let path = cli.folder.appendingPathComponent("report.html").path
        await cli.run(["report", "--from", "2026-01-01", "--to", "2026-02-28", "--output", path])
        let html = try cli.read(path)
        #expect(html.contains("Magnesium trial (N-of-1)"))
        #expect(html.contains("Daily episodes during the trial"))
    }

    @Test("Bad designs are refused and nothing is stored: too few blocks, overlap, kidney disease without agreement, over the limit")
    func refusals() async throws {
        let cli = CLI(now: "2026-01-01T12:00:00Z")
        await cli.run(["profile", "--birth", "1980-01-01", "--sex", "male"])
        await cli.run(["supplement", "add", "G", "--elemental", "100"])
        #expect(await cli.run(["trial", "report"]).status == 66)
        #expect(await cli.run(["trial", "start", "--product", "G", "--blocks", "2"]).status == 65)
        #expect(await cli.run(["trial", "start", "--product", "G", "--servings", "4"]).status == 65)
        #expect(await cli.run(["trial", "start", "--product", "G"]).status == 0)
        let overlap = await cli.run(["trial", "start", "--product", "G"])
        #expect(overlap.status == 65)
        #expect(overlap.stderr.contains("overlap"))
        let kidney = CLI(now: "2026-01-01T12:00:00Z")
        await kidney.run(["profile", "--birth", "1980-01-01", "--kidney", "yes"])
        await kidney.run(["supplement", "add", "G", "--elemental", "100"])
        let blocked = await kidney.run(["trial", "start", "--product", "G"])
        #expect(blocked.status == 65)
        #expect(blocked.stderr.contains("--kidney-doctor-agreed"))
        await kidney.run(["profile", "--kidney-doctor-agreed", "2025-12-20"])
        #expect(await kidney.run(["trial", "start", "--product", "G"]).status == 0)
    }
}

@Suite("Statistics edge cases from the command line", .timeLimit(.minutes(5)))
struct StatisticsEdgeTests {
    @Test("Zero episodes: an honest not_enough_data, never a crash or NaN")
    func zeroEpisodes() async throws {
        let cli = CLI()
        var days = "date,sleep_hours\n"
        for offset in 0..<90 {
            let iso = String(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(20_000 + offset) * 86_400)).prefix(10))
            days += "\(iso),\(6 + offset % 3)\n"
        }
        await cli.run(["import", "csv", try cli.write("days.csv", days)])
        let result = await cli.run(["analyze", "triggers", "--json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"not_enough_data\""))
        #expect(!result.stdout.contains("NaN") && !result.stdout.contains("nan"))
    }

    @Test("Episodes across a DST change and time zones count on the local date they were written with")
    func acrossDST() async throws {
        let cli = CLI(now: "2026-11-24T12:00:00Z")
        // Around the end of summer time in London (2026-10-25), and one written in New York late in the evening.
        let episodes = """
            started_at,site,kind
            2026-10-24T23:30:00+01:00,face,twitch
            2026-10-25T00:30:00+01:00,face,twitch
            2026-10-25T01:30:00+00:00,face,twitch
            2026-10-25T23:30:00-04:00,face,twitch

            """
        await cli.run(["import", "csv", try cli.write("episodes.csv", episodes)])
        let history = try await cli.json(["history", "--days", "35"])
        let counts = Dictionary(
            uniqueKeysWithValues: (history["days"] as? [[String: Any]] ?? []).compactMap { day -> (String, Int)? in
                guard let date = day["date"] as? String, let n = day["episodes"] as? Int else { return nil }
                return (date, n)
            }
        )
        #expect(counts["2026-10-24"] == 1)
        #expect(counts["2026-10-25"] == 3)
        #expect(counts["2026-10-26"] == nil)
    }
}
