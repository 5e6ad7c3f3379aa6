import Testing
import TwitchlessCore

@testable import TwitchlessIO

@Suite("days.csv and episodes.csv")
struct DaysAndEpisodesCSVTests {
    let today = LocalDate(iso: "2026-11-24")!
    let now = Timestamp(iso8601: "2026-11-24T12:00:00Z")!.epochSeconds

    func records(_ text: String) throws -> [CSVRecord] { try CSVReader.records(Array(text.utf8)) }

    @Test("A documented days.csv reads every column; empty cells are not logged")
    func days() throws {
        let text = """
            date,sleep_hours,stress,caffeine_mg,alcohol_drinks,water_liters,exercise_minutes,processed_meals,magnesium_mg
            2026-11-20,7.5,3,200,1,1.5,30,0,250
            2026-11-21,,,,,,,,

            """
        let (rows, diagnostics) = DaysCSV.parse(try records(text), today: today)
        #expect(diagnostics.isEmpty)
        #expect(rows.count == 2)
        #expect(rows[0].day.sleepHours == 7.5 && rows[0].day.stress == 3 && rows[0].supplementMagnesium == Milligrams(250))
        #expect(rows[1].day.hasNoFactors && rows[1].day.isTracked && rows[1].supplementMagnesium == nil)
        #expect(rows[0].day.prolongedMuscleUse == nil)
    }

    @Test("Every bad cell is reported with its line and column")
    func badCells() throws {
        let text = """
            date,sleep_hours,stress
            2026-11-20,25,3
            2026-11-31,7,3
            2026-11-22,7,eleven
            2030-01-01,7,3
            2026-11-20,7,3
            ,7,3

            """
        let (_, diagnostics) = DaysCSV.parse(try records(text), today: today)
        let places = diagnostics.map { "\($0.line):\($0.column ?? "-")" }
        #expect(places == ["2:sleep_hours", "3:date", "4:stress", "5:date", "6:date", "7:date"])
        #expect(diagnostics[0].description.hasPrefix("days.csv line 2, column sleep_hours:"))
    }

    @Test("A row with a bad date still has its other bad cells reported")
    func badDateAndCells() throws {
        let (_, diagnostics) = DaysCSV.parse(try records("date,sleep_hours,stress,caffeine_mg\n2026-02-30,25,5,-3\n"), today: today)
        #expect(diagnostics.map { $0.column ?? "-" } == ["date", "sleep_hours", "caffeine_mg"])
    }

    @Test("Unknown and missing columns are reported from the header")
    func header() throws {
        let (_, unknown) = DaysCSV.parse(try records("date,sleep_hour\n2026-11-20,7\n"), today: today)
        #expect(unknown.first?.column == "sleep_hour")
        let (_, missing) = EpisodesCSV.parse(try records("started_at,site\n2026-11-20T10:00:00Z,face\n"), now: now)
        #expect(missing.first?.message.contains("\"kind\"") == true)
    }

    @Test("Episodes keep their offset and belong to their local date as written")
    func episodes() throws {
        let text = """
            started_at,site,kind,intensity,duration_seconds,pain,note
            2026-11-20T23:30:00-05:00,eyelid_left,twitch,3,20,0,"tired, long day"
            2026-11-21T00:30:00+01:00,calf_right,cramp,,,,

            """
        let (rows, diagnostics) = EpisodesCSV.parse(try records(text), now: now)
        #expect(diagnostics.isEmpty)
        #expect(rows[0].episode.localDate == LocalDate(iso: "2026-11-20"))
        #expect(rows[0].episode.startedAt.utcOffsetSeconds == -18_000)
        #expect(rows[0].episode.note == "tired, long day")
        #expect(rows[1].episode.localDate == LocalDate(iso: "2026-11-21"))
        #expect(rows[1].episode.intensity == nil)
    }

    @Test("Bad episode cells: intensity 14, unknown site, no offset, future time")
    func badEpisodes() throws {
        let text = """
            started_at,site,kind,intensity
            2026-11-20T10:00:00Z,face,twitch,14
            2026-11-20T11:00:00Z,elbow,twitch,3
            2026-11-20T12:00:00,face,twitch,3
            2027-01-01T12:00:00Z,face,twitch,3

            """
        let (rows, diagnostics) = EpisodesCSV.parse(try records(text), now: now)
        #expect(rows.isEmpty)
        #expect(diagnostics.map { "\($0.line):\($0.column ?? "-")" } == ["2:intensity", "3:site", "4:started_at", "5:started_at"])
    }

    @Test("Every day factor has a days.csv column, and a day with all of them reads back the same")
    func everyFactor() throws {
        #expect(Set(DaysCSV.allColumns).isSuperset(of: DayFactor.allCases.map(\.column)))
        #expect(DaysCSV.allColumns.count == Set(DaysCSV.allColumns).count)
        var day = DayLog(date: LocalDate(iso: "2026-11-20")!)
        for factor in DayFactor.allCases { day.set(factor, factor.isYesNo ? .yesNo(false) : .number(2)) }
        let text = DaysCSV.write([DayRecord(day: day, supplementMagnesium: nil)])
        let (read, diagnostics) = DaysCSV.parse(try records(text), today: today)
        #expect(diagnostics.isEmpty)
        #expect(read.first?.day.values == day.values)
        #expect(read.first?.day.values.count == DayFactor.allCases.count)
    }

    @Test("Writing then reading gives the same days and episodes")
    func roundTrip() throws {
        var day = DayLog(date: LocalDate(iso: "2026-11-20")!)
        day.sleepHours = 7.25
        day.stress = 4
        day.prolongedMuscleUse = true
        let dayRecords = [DayRecord(day: day, supplementMagnesium: Milligrams(212.5))]
        let daysText = DaysCSV.write(dayRecords)
        let (readDays, _) = DaysCSV.parse(try records(daysText), today: today)
        #expect(readDays.map(\.day) == [day])
        #expect(readDays.first?.supplementMagnesium == Milligrams(212.5))
        #expect(DaysCSV.write(readDays) == daysText)

        let episode = Episode(
            startedAt: Timestamp(iso8601: "2026-11-20T21:15:00+05:30")!,
            site: .calfLeft,
            kind: .cramp,
            intensity: 6,
            durationSeconds: 120,
            pain: 4,
            note: "line one\nline \"two\", end"
        )
        let episodesText = EpisodesCSV.write([episode])
        let (readEpisodes, _) = EpisodesCSV.parse(try records(episodesText), now: now)
        #expect(readEpisodes.map(\.episode) == [episode])
    }
}
