import Testing
import TwitchlessCore

@testable import TwitchlessIO

@Suite("Planning a CSV import")
struct CSVImportPlanTests {
    let date = LocalDate(iso: "2026-11-20")!

    func record(sleep: Double?, magnesium: Double?) -> DayRecord {
        var day = DayLog(date: date)
        day.sleepHours = sleep
        return DayRecord(day: day, supplementMagnesium: magnesium.map { Milligrams($0) }, line: 2)
    }

    func plan(_ records: [DayRecord], stored: CSVImportPlan.StoredDay?, update: Bool = false) -> CSVImportPlan {
        CSVImportPlan(
            days: records,
            storedDays: stored.map { [date: $0] } ?? [:],
            daysFile: "days.csv",
            episodes: [],
            storedEpisodes: [:],
            episodesFile: "episodes.csv",
            update: update
        )
    }

    @Test("A new day is added; the same day again changes nothing")
    func idempotent() {
        let first = plan([record(sleep: 7, magnesium: 200)], stored: nil)
        #expect(first.newDays.count == 1)
        let stored = CSVImportPlan.StoredDay(day: first.newDays[0], loggedSupplements: nil)
        #expect(stored.exportedMagnesium == Milligrams(200))
        let second = plan([record(sleep: 7, magnesium: 200)], stored: stored)
        #expect(second.newDays.isEmpty && second.changedDays.isEmpty && second.unchangedDays == 1 && second.conflicts.isEmpty)
    }

    @Test("Different values are a conflict, unless updating")
    func conflict() {
        var existing = DayLog(date: date)
        existing.sleepHours = 7
        let stored = CSVImportPlan.StoredDay(day: existing, loggedSupplements: nil)
        let conflicting = plan([record(sleep: 6.5, magnesium: nil)], stored: stored)
        #expect(conflicting.conflicts.count == 1)
        #expect(conflicting.conflicts[0].message.contains("sleep_hours 7 → 6.5"))
        let updating = plan([record(sleep: 6.5, magnesium: nil)], stored: stored, update: true)
        #expect(updating.conflicts.isEmpty && updating.changedDays.first?.sleepHours == 6.5)
    }

    @Test("magnesium_mg counts logged supplements: only the rest is stored as a daily amount")
    func loggedSupplements() {
        let stored = CSVImportPlan.StoredDay(day: nil, loggedSupplements: Milligrams(150))
        let result = plan([record(sleep: nil, magnesium: 200)], stored: stored)
        #expect(result.newDays.first?.reportedSupplementMagnesium == Milligrams(50))
        let tooSmall = plan([record(sleep: nil, magnesium: 100)], stored: stored)
        #expect(tooSmall.conflicts.first?.column == "magnesium_mg")
    }

    @Test("A day filled in by another app becomes tracked without a conflict")
    func importedDay() {
        var existing = DayLog(date: date, isTracked: false)
        existing.waterLiters = 2
        let result = plan([record(sleep: 7, magnesium: nil)], stored: .init(day: existing, loggedSupplements: nil))
        #expect(result.conflicts.isEmpty)
        #expect(result.changedDays.first?.isTracked == true)
        #expect(result.changedDays.first?.waterLiters == 2)
        #expect(result.changedDays.first?.sleepHours == 7)
    }

    @Test("Episodes: same key and values unchanged; different values conflict")
    func episodes() {
        let episode = Episode(startedAt: Timestamp(iso8601: "2026-11-20T10:00:00Z")!, site: .face, kind: .twitch, intensity: 3)
        var changed = episode
        changed.intensity = 5
        let stored = [episode.key: episode]
        let same = CSVImportPlan(
            days: [],
            storedDays: [:],
            daysFile: "d",
            episodes: [EpisodeRecord(episode: episode, line: 2)],
            storedEpisodes: stored,
            episodesFile: "e",
            update: false
        )
        #expect(same.unchangedEpisodes == 1 && same.newEpisodes.isEmpty)
        let different = CSVImportPlan(
            days: [],
            storedDays: [:],
            daysFile: "d",
            episodes: [EpisodeRecord(episode: changed, line: 2)],
            storedEpisodes: stored,
            episodesFile: "e",
            update: false
        )
        #expect(different.conflicts.count == 1)
    }
}

@Suite("Columns a file doesn't have")
struct MissingColumnTests {
    @Test("A column missing from the file neither conflicts nor erases the stored value, even with --update")
    func missingColumns() throws {
        let date = LocalDate(iso: "2026-11-20")!
        var stored = DayLog(date: date)
        stored.sleepHours = 7
        stored.caffeineMg = 200
        stored.prolongedMuscleUse = true
        let records = try CSVReader.records(Array("date,sleep_hours\n2026-11-20,7\n".utf8))
        let (rows, _) = DaysCSV.parse(records, today: LocalDate(iso: "2026-11-24")!)
        for update in [false, true] {
            let plan = CSVImportPlan(
                days: rows,
                storedDays: [date: .init(day: stored, loggedSupplements: nil)],
                daysFile: "days.csv",
                episodes: [],
                storedEpisodes: [:],
                episodesFile: "episodes.csv",
                update: update
            )
            #expect(plan.conflicts.isEmpty)
            #expect(plan.unchangedDays == 1)
            #expect(plan.changedDays.isEmpty)
        }
        let changed = try CSVReader.records(Array("date,sleep_hours\n2026-11-20,6\n".utf8))
        let (changedRows, _) = DaysCSV.parse(changed, today: LocalDate(iso: "2026-11-24")!)
        let plan = CSVImportPlan(
            days: changedRows,
            storedDays: [date: .init(day: stored, loggedSupplements: nil)],
            daysFile: "days.csv",
            episodes: [],
            storedEpisodes: [:],
            episodesFile: "episodes.csv",
            update: true
        )
        #expect(plan.changedDays.first?.sleepHours == 6)
        #expect(plan.changedDays.first?.caffeineMg == 200)
        #expect(plan.changedDays.first?.prolongedMuscleUse == true)
    }

    @Test("Non-UTF-8 files are refused with the line, not imported as replacement characters")
    func latin1() {
        let bytes: [UInt8] = Array("date,sleep_hours\n2026-11-20,7\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A]
        #expect {
            try CSVReader.records(bytes, fileName: "days.csv")
        } throws: { ($0 as? TwitchlessError)?.message.contains("line 3") == true }
    }

    @Test("Notes with Windows line breaks and tiny numbers survive export and import")
    func crlfAndTinyNumbers() throws {
        let episode = Episode(startedAt: Timestamp(iso8601: "2026-11-20T10:00:00Z")!, site: .face, kind: .twitch, note: "line1\r\nline2")
        let text = EpisodesCSV.write([episode])
        let (rows, diagnostics) = EpisodesCSV.parse(
            try CSVReader.records(Array(text.utf8)),
            now: Timestamp(iso8601: "2026-11-24T00:00:00Z")!.epochSeconds
        )
        #expect(diagnostics.isEmpty)
        #expect(rows.first?.episode.note == "line1\r\nline2")
        #expect(DecimalText.exact(0.00001) == "0.00001")
        #expect(DecimalText.parse(DecimalText.exact(0.00001)) == 0.00001)
    }
}
