import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessStore
import TwitchlessTestSupport

@Suite("Backup and restore", .timeLimit(.minutes(5)))
struct BackupTests {
    /// Fills every table a backup holds for the person, through the use cases where there is one.
    static func fill(_ app: AppFixture) async throws {
        let context = app.context
        _ = try await EpisodeLogging.log(.init(site: "eyelid_left", at: "17:30", note: "after a long \"screen\" day\nline two"), context: context)
        _ = try await EpisodeLogging.log(.init(site: "calf_right", kind: "cramp", at: "07:10"), context: context)
        _ = try await DayCheckIn.save(.init(date: "2026-11-23", values: [.sleepHours: "6.5", .stress: "7"], drinks: ["2 coffee"]), context: context)
        _ = try await DayCheckIn.save(.init(values: [.sleepHours: "7.25", .stress: "3"]), context: context)
        let product = try await ProductBuilder.add(
            .init(name: "Magnesium glycinate", elemental: "100", compound: nil, form: nil, unit: "capsule", kind: nil),
            context: context
        )
        _ = try await SupplementLogging.log(product: .id(product.stored.id.rawValue), servings: "1.5", at: "08:00", context: context)
        _ = try await FoodLogging.log(foodID: nil, query: "pumpkin seeds", amount: "30 g", at: "12:00", context: context)
        _ = try await MedicineList.save(.init(name: "levothyroxine", schedule: "07:00"), context: context)
        _ = try await SymptomLogging.log(key: "breathing_difficulty", at: "17:50", note: "walking upstairs", context: context)
        _ = try await SafetyReview.acknowledge(flagID: "RF10_breathing", context: context)
        _ = try await TrialPlanning.start(
            TrialRequest(product: "Magnesium glycinate", blocks: 3, periodDays: 4, washoutDays: 1, start: "2026-11-24"),
            context: context
        )
        let plan = try ShareLinks.plan(from: "2026-11-01", to: "2026-11-24", days: "14", passcode: nil, context: context)
        _ = try await ShareLinks.create(plan, tokenHash: "4f1c0a9e5b6d", passcodeHash: nil, context: context)
        try await context.write { session in
            try await session.saveRegionStart(region: "calf", startedOn: LocalDate(iso: "2026-10-01")!)
            _ = try await session.replaceImportedDays(
                [ImportedDay(date: LocalDate(iso: "2026-11-22")!, values: [.sleepHours: 6.123456789, .waterLiters: 1.5, .caffeineMg: 95])],
                source: .appleHealth
            )
            try await session.saveHealthMagnesiumOrigin(.food)
            try await session.saveReminderSettings(
                ReminderSettings(times: [.checkIn: 75_600], quietStart: 79_200, quietEnd: 25_200, email: "me@example.org")
            )
        }
    }

    @Test("Every table of a person's data is in the backup with every column, or left out for a stated reason")
    func coversTheSchema() async throws {
        try await TestStores.with(.sqlite) { store in
            let owned = try await store.tablesWithOwner()
            let named = Set(PersonTables.all.map(\.table.name))
            #expect(Set(owned.keys) == named.union(PersonTables.leftOut.keys))
            for table in PersonTables.all {
                let columns = try #require(owned[table.table.name])
                #expect(columns.filter { $0.name != "owner_id" } == table.table.columns, "\(table.table.name)")
            }
            // The documented format names every table and column.
            let document = try String(contentsOf: PackagePaths.root.appendingPathComponent("docs/backup.md"), encoding: .utf8)
            let sections = document.components(separatedBy: "\n### ").dropFirst()
            #expect(sections.map { $0.prefix { $0 != "\n" } } == PersonTables.all.map { "`\($0.table.name)`" })
            for (section, table) in zip(sections, PersonTables.all) {
                for column in table.table.columns { #expect(section.contains("| `\(column.name)` |"), "\(table.table.name).\(column.name)") }
            }
        }
    }

    @Test(
        "Backup, restore into an empty account, backup again: the same file, on both engines and across them",
        arguments: TestStores.Engine.allCases
    )
    func roundTrip(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            try await Self.fill(app)
            let first = try await PersonBackup.make(context: app.context)
            // Every table holds something, so every column kind goes through the round trip.
            for table in first.counts.tables { #expect(table.rows > 0, "\(table.name) is empty") }
            #expect(first.counts.summary.hasPrefix("2 episodes, 2 days of check-ins, 3 imported day values, 1 product"))
            for target in TestStores.Engine.allCases {
                let store = try await TestStores.open(target)
                do {
                    let context = AppFixture.context(store, profile: Profile())
                    let restored = try await PersonBackup.restore(first.data, context: context)
                    #expect(restored == first.counts)
                    let second = try await PersonBackup.make(context: context)
                    #expect(second.data == first.data, "\(engine) → \(target)")
                    // What the person sees is back too.
                    let episodes = try await store.read(.local) { try await $0.allEpisodes() }
                    #expect(episodes.map(\.note).contains("after a long \"screen\" day\nline two"))
                    #expect(try await store.read(.local) { try await $0.profile() } == AppFixture.profile)
                } catch {
                    await store.close()
                    throw error
                }
                await store.close()
            }
        }
    }

    @Test("A restore is refused, with nothing changed, for an account with data, a second copy, or a file that isn't a whole backup")
    func refusals() async throws {
        try await AppFixture.with(.sqlite) { app in
            try await Self.fill(app)
            let backup = try await PersonBackup.make(context: app.context).data
            let before = try await PersonBackup.make(context: app.context).data
            let full = await thrown { _ = try await PersonBackup.restore(backup, context: app.context) }
            #expect(full?.code == .conflict && full?.message.contains("already holds data (episodes") == true, "\(String(describing: full))")
            // The same records can't belong to two people of one database.
            let stranger = try await app.stranger()
            let copy = await thrown { _ = try await PersonBackup.restore(backup, context: stranger) }
            #expect(copy?.code == .conflict && copy?.message.contains("under another account") == true)
            #expect(try await PersonBackup.make(context: stranger).counts.rows("profiles") == 1)
            #expect(try await PersonBackup.make(context: stranger).counts.total == 1)

            let fresh = try await TestStores.open(.sqlite)
            let context = AppFixture.context(fresh, profile: Profile())
            let text = String(decoding: backup, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let cases: [(Data, String)] = [
                (Data("hello".utf8), "is not a Twitchless backup"),
                (Data(), "is not a Twitchless backup"),
                (Data(text.replacingOccurrences(of: "\"version\":1}", with: "\"version\":2}").utf8), "newer version of Twitchless (backup format 2"),
                (backup.prefix(backup.count / 2), "incomplete"),
                (Data(lines.dropLast(2).joined(separator: "\n").utf8), "incomplete"),
                (Data(text.replacingOccurrences(of: "eyelid_left", with: "eyelid_right").utf8), "changed or damaged"),
                (Data(text.replacingOccurrences(of: "\"rows\":2}", with: "\"rows\":3}").utf8), "changed or damaged"),
            ]
            for (data, words) in cases {
                let error = await thrown { _ = try await PersonBackup.restore(data, context: context) }
                #expect(error?.code == .invalidInput && error?.message.contains(words) == true, "\(words): \(String(describing: error))")
            }
            #expect(try await PersonBackup.make(context: context).counts.total == 0)
            await fresh.close()
            #expect(try await PersonBackup.make(context: app.context).data == before)
        }
    }
}

@Suite("Moving a SQLite database to PostgreSQL", .timeLimit(.minutes(5)))
struct DatabaseMoveTests {
    @Test("Every person and account moves with the same rows; the file is only read; a target with data or not PostgreSQL is refused")
    func move() async throws {
        try await AppFixture.with(.sqlite) { app in
            try await BackupTests.fill(app)
            let stranger = try await app.stranger()
            _ = try await EpisodeLogging.log(.init(site: "face", at: "09:00", note: "the stranger's"), context: stranger)
            let mine = try await PersonBackup.make(context: app.context).data
            let theirs = try await PersonBackup.make(context: stranger).data
            let location = try await TestStores.freshLocation(.postgres)
            guard case .postgres(let url) = location else { return }
            let outcome = try await DatabaseMove.move(app.store, to: url, clock: .system)
            #expect(outcome.people == 2 && outcome.rows("users") == 1 && outcome.rows("episodes") == 3, "\(outcome.tables)")
            let moved = try await TwitchlessStore.open(location)
            do {
                #expect(try await PersonBackup.make(context: AppFixture.context(moved)).data == mine)
                #expect(try await PersonBackup.make(context: AppFixture.context(moved, owner: stranger.owner)).data == theirs)
                #expect(try await moved.accountsLookup { try await $0.userCount() } == 1)
            } catch {
                await moved.close()
                throw error
            }
            await moved.close()
            // The source still reads the same; a second move into the now full database is refused.
            #expect(try await PersonBackup.make(context: app.context).data == mine)
            let again = await thrown { _ = try await DatabaseMove.move(app.store, to: url, clock: .system) }
            #expect(again?.code == .conflict && again?.message.contains("already holds data") == true)
            let wrong = await thrown { _ = try await DatabaseMove.move(app.store, to: "/tmp/other.sqlite", clock: .system) }
            #expect(wrong?.code == .invalidInput && wrong?.message.contains("is not a PostgreSQL address") == true)
        }
    }
}
