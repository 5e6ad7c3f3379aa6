import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessIO

@Suite("Malformed CSV never crashes")
struct CSVFuzzTests {
    static let seeds: [String] = [
        "date,sleep_hours,stress,caffeine_mg,alcohol_drinks,water_liters,exercise_minutes,processed_meals,magnesium_mg,prolonged_muscle_use\n2026-11-20,7.5,3,200,1,1.5,30,0,250,yes\n2026-11-21,,,,,,,,,\n",
        "started_at,site,kind,intensity,duration_seconds,pain,note\n2026-11-20T21:15:00+01:00,eyelid_left,twitch,3,20,0,\"a, \"\"b\"\"\"\n2026-11-21T07:00:00-05:00,calf_right,cramp,7,180,5,\n",
    ]
    static let interesting: [[UInt8]] = [
        Array("\"".utf8), Array(",".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("99999999999999999999".utf8),
        Array("-1".utf8), Array("1e308".utf8), Array("nan".utf8), Array("9999-12-31T23:59:59+18:00".utf8),
        Array("0000-00-00".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00], Array("é".utf8), Array("24:00".utf8),
    ]

    @Test("Thousands of mutated files give diagnostics or errors, never a crash", arguments: [1, 2, 3, 4])
    func mutations(seed: UInt64) {
        var random = SplitMix(state: seed)
        let today = LocalDate(iso: "2026-11-24")!
        let now = Timestamp(iso8601: "2026-11-24T12:00:00Z")!.epochSeconds
        var parsed = 0
        for _ in 0..<1000 {
            var bytes = Array(Self.seeds.randomElement(using: &random)!.utf8)
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let position = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.insert(contentsOf: Self.interesting.randomElement(using: &random)!, at: position)
                case 1: if position < bytes.count { bytes.remove(at: position) }
                case 2: if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &random) }
                default: bytes.insert(contentsOf: bytes[position...].prefix(12), at: position)
                }
            }
            guard let records = try? CSVReader.records(bytes), let header = records.first else { continue }
            switch CSVFileKind.recognize(header) {
            case .days:
                parsed += 1
                let (rows, _) = DaysCSV.parse(records, today: today)
                _ = CSVImportPlan(days: rows, storedDays: [:], daysFile: "d", episodes: [], storedEpisodes: [:], episodesFile: "e", update: false)
                _ = DaysCSV.write(rows)
            case .episodes:
                parsed += 1
                let (rows, _) = EpisodesCSV.parse(records, now: now)
                _ = EpisodesCSV.write(rows.map(\.episode))
            case nil:
                continue
            }
        }
        // Most mutated files must reach the format parsers, or this test proves nothing.
        #expect(parsed > 300, "only \(parsed) of 1000 files reached the parsers")
    }
}

@Suite("Extreme clocks")
struct ExtremeClockTests {
    @Test("Parsing episodes with the latest possible 'now' doesn't overflow")
    func latestNow() throws {
        let records = try CSVReader.records(Array("started_at,site,kind\n9999-12-31T23:59:59-18:00,face,twitch\n".utf8))
        let (rows, diagnostics) = EpisodesCSV.parse(records, now: .max)
        #expect(rows.count == 1 && diagnostics.isEmpty)
    }
}
