import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessStore
import TwitchlessTestSupport

/// Imports and exports, through the one function each surface calls, on both engines.
@Suite("Imports and exports, in process", .timeLimit(.minutes(10)))
struct ImportExportTests {
    static let export = SmallHealthExport.xml

    @Test(
        "An Apple Health export is stored once, with the magnesium origin remembered; importing it again changes nothing",
        arguments: TestStores.Engine.allCases
    )
    func appleHealth(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).xml").path
            try Data(Self.export.utf8).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let request = AppleHealthImporting.Request(path: path, magnesiumFrom: .food)
            let first = try await AppleHealthImporting.store(
                try AppleHealthImporting.read(request, context: app.context),
                magnesiumFrom: .food,
                context: app.context
            )
            #expect(first.changes.added == 3, "\(first.changes)")
            #expect(first.origin == .food && !first.magnesiumSkipped)
            #expect(try await AppleHealthImporting.storedOrigin(context: app.context) == .food)
            let again = try await AppleHealthImporting.store(
                try AppleHealthImporting.read(request, context: app.context),
                magnesiumFrom: nil,
                context: app.context
            )
            #expect(again.changes.added == 0 && again.changes.changed == 0 && again.origin == .food)
            let day = try #require(try await DayCheckIn.day(LocalDate(year: 2026, month: 11, day: 20)!, context: app.context))
            #expect(day.sleepHours == 7.5 && day.caffeineMg == 95 && !day.isTracked)
        }
    }

    @Test(
        "CSV files import once, a differing value is refused unless replacing, and the export reads back the same",
        arguments: TestStores.Engine.allCases
    )
    func csv(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let days = CSVImporting.File(name: "days.csv", bytes: Array("date,sleep_hours,stress\n2026-11-20,7,3\n2026-11-21,6,5\n".utf8))
            let episodes = CSVImporting.File(name: "episodes.csv", bytes: Array("started_at,site,kind\n2026-11-20T21:15:00+00:00,face,twitch\n".utf8))
            let first = try await CSVImporting.run([days, episodes], update: false, context: app.context)
            #expect(first.counts.newDays == 2 && first.counts.newEpisodes == 1 && first.daysFile == "days.csv")
            let again = try await CSVImporting.run([days, episodes], update: false, context: app.context)
            #expect(again.counts.newDays == 0 && again.counts.unchangedDays == 2 && again.counts.unchangedEpisodes == 1)
            let changed = CSVImporting.File(name: "days.csv", bytes: Array("date,sleep_hours\n2026-11-20,8\n".utf8))
            let refused = await thrown { _ = try await CSVImporting.run([changed], update: false, context: app.context) }
            #expect(refused?.code == .conflict && refused?.next == .importReplacing)
            #expect(try await CSVImporting.run([changed], update: true, context: app.context).counts.changedDays == 1)
            let notCSV = CSVImporting.File(name: "notes.csv", bytes: Array("a,b\n1,2\n".utf8))
            #expect(await thrown { _ = try await CSVImporting.run([notCSV], update: false, context: app.context) }?.code == .invalidInput)
            let exported = try await CSVExporting.export(context: app.context)
            #expect(exported.days.count == 2 && exported.episodes.count == 1 && exported.daysCSV.contains("2026-11-20,8"))
        }
    }

    @Test(
        "The calendar needs a time zone and a sane range; the FHIR bundle covers the log; the report period is checked",
        arguments: TestStores.Engine.allCases
    )
    func exports(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            _ = try await EpisodeLogging.log(.init(site: "face", at: "17:00"), context: app.context)
            let calendar = try await CalendarExporting.export(.init(checkIn: 21 * 3600), context: app.context)
            #expect(
                calendar.dates.lowerBound.days(until: calendar.dates.upperBound) + 1 == CalendarExporting.defaultDays
                    && calendar.text.hasPrefix("BEGIN:VCALENDAR")
            )
            #expect(calendar.note != nil && calendar.noteStep == .addProduct)
            #expect(
                await thrown { _ = try await CalendarExporting.export(.init(from: "2026-12-10", to: "2026-12-01"), context: app.context) }?.message
                    .contains("before it starts") == true
            )
            var noZone = app.context.profile
            noZone.timeZone = nil
            let zoneless = AppContext(store: app.store, owner: app.context.owner, profile: noZone, clock: app.context.clock, now: app.context.now)
            #expect(await thrown { _ = try await CalendarExporting.export(.init(), context: zoneless) }?.next == .editProfile(.timeZone))
            let fhir = try await FHIRExporting.export(dates: app.context.today.adding(days: -6)...app.context.today, context: app.context)
            #expect(fhir.export.episodes.count == 1 && fhir.json.contains("\"resourceType\""))
            let period = try DateRange.past(from: nil, to: nil, maximumDays: 3660, what: "report", context: app.context)
            #expect(period.lowerBound.days(until: period.upperBound) + 1 == 90)
            #expect(throws: TwitchlessError.self) {
                try DateRange.past(from: "2016-01-01", to: nil, maximumDays: 3660, what: "report", context: app.context)
            }
        }
    }
}
