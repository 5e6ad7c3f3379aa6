import Foundation
import SQLKit
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessStore

@Suite("The SQLite store", .timeLimit(.minutes(10)))
struct StoreTests {
    let episode = Episode(
        startedAt: Timestamp(iso8601: "2026-11-20T21:15:00+01:00")!,
        site: .eyelidLeft,
        kind: .twitch,
        intensity: 3,
        durationSeconds: 20,
        pain: 0,
        note: "a note"
    )

    @Test("Row times are UTC ISO 8601 to the second, as Foundation's ISO 8601 formatter writes them")
    func timestamps() {
        let formatter = ISO8601DateFormatter()
        for seconds in [0.0, 951_782_400.999, 1_764_000_000.5, 1_795_000_000, 4_102_444_799, -86_400.25] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(TwitchlessStore.timestampText(date) == formatter.string(from: date))
        }
    }

    @Test("Opening runs the migrations once, records them, and turns on WAL")
    func migrations() async throws {
        // Given a new database
        let (store, url) = try await TestStores.open()
        let names = try await store.withDatabase {
            try await $0.raw("SELECT name FROM schema_migrations").all().map { try $0.decode(column: "name", as: String.self) }
        }
        #expect(names.sorted() == Migration.all.map(\.name).sorted())
        #expect(names.count == Migration.all.count)
        let mode = try await store.withDatabase { try await $0.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self) }
        #expect(mode == "wal")
        await store.close()
        // When it is opened again, nothing is re-applied and data survives
        let again = try await TwitchlessStore.open(.sqliteFile(url.path))
        let count = try await again.withDatabase {
            try await $0.raw("SELECT COUNT(*) AS n FROM schema_migrations").first()?.decode(column: "n", as: Int.self)
        }
        #expect(count == Migration.all.count)
        await again.close()
    }

    @Test("Every table of health data carries an owner id; account tables are reached through a person; the server's keys are its own")
    func ownerColumns() async throws {
        try await TestStores.with(.sqlite) { store in
            let tables = try await store.withDatabase {
                try await $0.raw(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_migrations', 'owners', 'sessions', 'invitations', 'api_tokens', 'rate_limits', 'server_keys', 'sign_in_failures', 'password_resets', 'erased_owners', 'two_factor', 'recovery_codes', 'pending_sign_ins') AND name NOT LIKE 'sqlite_%'"
                ).all()
                    .map { try $0.decode(column: "name", as: String.self) }
            }
            #expect(tables.count == 19)
            for table in tables {
                let columns = try await store.withDatabase {
                    try await $0.raw("SELECT name FROM pragma_table_info(\(bind: table))").all().map {
                        try $0.decode(column: "name", as: String.self)
                    }
                }
                #expect(columns.contains("owner_id"), "\(table) has no owner_id")
            }
        }
    }

    @Test("A server's store reads on extra connections that see every committed write; commits use synchronous=NORMAL")
    func serverWorkload() async throws {
        let (url, _) = TestStores.temporaryFile()
        let store = try await TwitchlessStore.open(.sqliteFile(url.path), workload: .server)
        let episode = Episode(startedAt: Timestamp(iso8601: "2026-11-20T21:15:00+01:00")!, site: .face, kind: .twitch)
        for round in 0..<5 {
            let shifted = Episode(
                startedAt: Timestamp(epochSeconds: episode.startedAt.epochSeconds + Int64(round), utcOffsetSeconds: 3600),
                site: .face,
                kind: .twitch
            )
            try await store.write(.local) { try await $0.insertEpisodes([shifted]) }
            let seen = try await store.read(.local) { try await $0.allEpisodes().count }
            #expect(seen == round + 1)
        }
        let sync = try await store.withDatabase { try await $0.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self) }
        #expect(sync == 1)
        let lookup = try await store.accountsLookup { try await $0.userCount() }
        #expect(lookup == 0)
        // The writer never checkpoints; the background connection has copied the WAL into the database soon after.
        let auto = try await store.withDatabase {
            try await $0.raw("PRAGMA wal_autocheckpoint").first()?.decode(column: "wal_autocheckpoint", as: Int.self)
        }
        #expect(auto == 0)
        try await Task.sleep(for: .milliseconds(700))
        let state = try await store.withDatabase { try await $0.raw("PRAGMA wal_checkpoint(PASSIVE)").first() }
        let log = try state?.decode(column: "log", as: Int.self) ?? -1
        let done = try state?.decode(column: "checkpointed", as: Int.self) ?? -2
        #expect(log == done)
        // Every connection closes cleanly (a debug build asserts on one left open).
        await store.close()
    }

    @Test("A database from a newer version is refused without being changed")
    func newerDatabase() async throws {
        let (store, url) = try await TestStores.open()
        try await store.withDatabase { try await $0.raw("INSERT INTO schema_migrations (name, applied_at) VALUES ('v99_future', 'x')").run() }
        await store.close()
        await #expect {
            try await TwitchlessStore.open(.sqliteFile(url.path))
        } throws: { ($0 as? TwitchlessError)?.code == .unavailable }
    }

    @Test("A file that isn't a database is refused and left as it was")
    func notADatabase() async throws {
        let (url, _) = TestStores.temporaryFile()
        let text = Data(repeating: 0x41, count: 4096)
        try text.write(to: url)
        await #expect { try await TwitchlessStore.open(.sqliteFile(url.path)) } throws: { ($0 as? TwitchlessError)?.code == .unavailable }
        #expect(try Data(contentsOf: url) == text)
    }

    @Test("A missing folder gives a clear error")
    func missingFolder() async {
        await #expect {
            try await TwitchlessStore.open(.sqliteFile("/nonexistent-\(UUID().uuidString)/db.sqlite"))
        } throws: { ($0 as? TwitchlessError)?.message.contains("does not exist") == true }
    }
}

/// What the store does, run on SQLite and on PostgreSQL (the test command starts a throwaway cluster).
@Suite("The store on both engines", .timeLimit(.minutes(10)))
struct EngineStoreTests {
    let episode = Episode(
        startedAt: Timestamp(iso8601: "2026-11-20T21:15:00+01:00")!,
        site: .eyelidLeft,
        kind: .twitch,
        intensity: 3,
        durationSeconds: 20,
        pain: 0,
        note: "a note"
    )

    @Test("A write that throws leaves nothing behind", arguments: TestStores.Engine.allCases)
    func rollback(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            let episode = self.episode
            await #expect(throws: TwitchlessError.self) {
                try await store.write(.local) { session in
                    try await session.insertEpisodes([episode])
                    throw TwitchlessError.invalidInput("stop")
                }
            }
            let all = try await store.read(.local) { try await $0.allEpisodes() }
            #expect(all.isEmpty)
        }
    }

    @Test("One owner never sees or changes another's data", arguments: TestStores.Engine.allCases)
    func isolation(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            let other = OwnerID("someone-else")
            try await store.withDatabase { try await $0.raw("INSERT INTO owners (id, created_at) VALUES (\(bind: other.rawValue), 'now')").run() }
            let episode = self.episode
            try await store.write(.local) { session in
                try await session.insertEpisodes([episode])
                var day = DayLog(date: episode.localDate)
                day.sleepHours = 7
                try await session.saveDayLogs([day])
                _ = try await session.insertProduct(
                    SupplementProduct(name: "Glycinate", servingUnit: "capsule", elementalPerServing: Milligrams(100), basis: .label)
                )
            }
            let seen = try await store.read(other) { session in
                (
                    try await session.allEpisodes().count, try await session.allDayLogs().count, try await session.products().count,
                    try await session.episode(matching: episode.key), try await session.profile()
                )
            }
            #expect(seen.0 == 0 && seen.1 == 0 && seen.2 == 0 && seen.3 == nil && seen.4 == nil)
            let deleted = try await store.write(other) { try await $0.deleteEpisode(episode.key) }
            #expect(!deleted)
            #expect(try await store.read(.local) { try await $0.allEpisodes() } == [episode])
        }
    }

    @Test("Every write raises the owner's data version", arguments: TestStores.Engine.allCases)
    func dataVersion(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            func version() async throws -> Int64 {
                try await store.withDatabase {
                    try await $0.raw("SELECT data_version FROM owners WHERE id = 'local'").first()?.decode(column: "data_version", as: Int64.self)
                        ?? -1
                }
            }
            let start = try await version()
            let episode = self.episode
            let (stored, isNew) = try await store.write(.local) { try await $0.insertEpisode(episode) }
            #expect(isNew)
            let afterInsert = try await version()
            #expect(afterInsert > start)
            let (again, isNewAgain) = try await store.write(.local) { try await $0.insertEpisode(episode) }
            #expect(!isNewAgain && again.id == stored.id)
            var day = DayLog(date: episode.localDate)
            day.stress = 2
            let checkIn = day
            try await store.write(.local) { try await $0.saveDayLogs([checkIn]) }
            #expect(try await version() > afterInsert)
        }
    }

    @Test(
        "A joined write commits or rolls back everything inside it; a key's reservation is busy, taken over after its lease, completed once",
        arguments: TestStores.Engine.allCases
    )
    func joinedWritesAndKeys(engine: TestStores.Engine) async throws {
        let store = try await TestStores.open(engine)
        let episode = self.episode
        struct Refused: Error {}
        // A failure inside rolls back the nested write.
        await #expect(throws: TwitchlessError.self) {
            try await store.writeJoined(.local) { _ in
                _ = try await store.write(.local) { try await $0.insertEpisode(episode) }
                #expect(try await store.read(.local) { try await $0.allEpisodes() }.count == 1)
                throw Refused()
            }
        }
        #expect(try await store.read(.local) { try await $0.allEpisodes() }.isEmpty)
        // A key's answer is stored once per owner; on PostgreSQL its lock is taken without waiting, and held by one transaction at a time.
        let answer = IdempotentResponse(requestHash: "h", status: 201, body: "b")
        #expect(
            try await store.write(.local) { session in
                let locked = try await session.lockIdempotencyKey("k")
                try await session.saveIdempotentResponse(key: "k", answer, at: 1_000)
                return locked
            }
        )
        #expect(try await store.read(.local) { try await $0.idempotentResponse(key: "k") } == answer)
        await #expect(throws: TwitchlessError.self) {
            try await store.write(.local) { try await $0.saveIdempotentResponse(key: "k", answer, at: 1_001) }
        }
        await store.close()
    }

    @Test(
        "The per-request statements answer alike on both engines: lookups carry the profile, inserts take missing values first",
        arguments: TestStores.Engine.allCases
    )
    func perRequestStatements(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            // Given a person with a session and an API token, and no profile yet
            let created = try await store.accounts { accounts in
                try await accounts.createUser(
                    email: "a@example.org",
                    displayName: "A",
                    passwordHash: "x",
                    adoptLocalData: false,
                    createdAt: "2026-11-25T00:00:00Z"
                )
            }
            let user = try #require(created)
            try await store.accounts { accounts in
                try await accounts.createSession(
                    tokenHash: "session-hash",
                    userID: user.id,
                    csrfToken: "csrf",
                    expiresAt: 2_000,
                    createdAt: "2026-11-25T00:00:00Z"
                )
                _ = try await accounts.createAPIToken(userID: user.id, name: "phone", tokenHash: "token-hash", createdAt: "2026-11-25T00:00:00Z")
            }
            let first = try #require(try await store.accountsLookup { try await $0.session(tokenHash: "session-hash", now: 1_000) })
            #expect(first.0.id == user.id && first.0.owner == user.owner && first.csrf == "csrf")
            #expect(first.0.profile == Profile())
            #expect(try await store.accountsLookup { try await $0.session(tokenHash: "session-hash", now: 2_000) } == nil)
            #expect(try await store.accountsLookup { try await $0.session(tokenHash: "other", now: 1_000) } == nil)

            // When the person saves a profile and logs episodes, missing values first
            let profile = Profile(
                birth: .date(LocalDate(iso: "1990-02-03")!),
                sex: .female,
                reproductiveStatus: .pregnant,
                kidneyDisease: .none,
                timeZone: "Europe/Berlin",
                upperLimitBody: .eu
            )
            try await store.write(user.owner) { try await $0.saveProfile(profile) }
            let bare = Episode(
                startedAt: Timestamp(iso8601: "2026-11-20T07:00:00+01:00")!,
                site: .calfLeft,
                kind: .cramp,
                intensity: nil,
                durationSeconds: nil,
                pain: nil,
                note: nil
            )
            var inserted: [Episode] = [bare]
            for minute in 1...12 {
                inserted.append(
                    Episode(
                        startedAt: Timestamp(epochSeconds: bare.startedAt.epochSeconds + Int64(minute * 60), utcOffsetSeconds: 3_600),
                        site: .face,
                        kind: .twitch,
                        intensity: minute % 10 + 1,
                        durationSeconds: minute * 7,
                        pain: minute % 11,
                        note: "n\(minute)"
                    )
                )
            }
            for episode in inserted { #expect(try await store.write(user.owner) { try await $0.insertEpisode(episode) }.isNew) }
            #expect(try await !store.write(user.owner) { try await $0.insertEpisode(bare) }.isNew)

            // Then both lookups read the new profile and data version, and the episodes read back exactly
            let second = try #require(try await store.accountsLookup { try await $0.session(tokenHash: "session-hash", now: 1_000) })
            #expect(second.0.profile == profile && second.0.dataVersion > first.0.dataVersion)
            let byToken = try #require(try await store.accountsLookup { try await $0.user(apiTokenHash: "token-hash") })
            #expect(byToken.id == user.id && byToken.profile == profile && byToken.dataVersion == second.0.dataVersion)
            #expect(try await store.read(user.owner) { try await $0.allEpisodes() } == inserted)
            #expect(try await store.read(.local) { try await $0.allEpisodes() } == [])
        }
    }

    @Test("Episodes round-trip exactly and are unique by instant, site and kind", arguments: TestStores.Engine.allCases)
    func episodes(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            let episode = self.episode
            try await store.write(.local) { try await $0.insertEpisodes([episode, episode]) }
            try await store.write(.local) { try await $0.insertEpisodes([episode]) }
            let all = try await store.read(.local) { try await $0.allEpisodes() }
            #expect(all == [episode])
            let counts = try await store.read(.local) { try await $0.episodeCounts(in: episode.localDate...episode.localDate) }
            #expect(counts == [episode.localDate: 1])
        }
    }

    @Test("Day logs keep tracked days, empty check-ins and reported magnesium", arguments: TestStores.Engine.allCases)
    func dayLogs(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            let date = LocalDate(iso: "2026-11-20")!
            var full = DayLog(date: date)
            full.sleepHours = 6.5
            full.stress = 7
            full.caffeineMg = 190
            full.alcoholDrinks = 1.5
            full.waterLiters = 2
            full.exerciseMinutes = 30
            full.prolongedMuscleUse = true
            full.processedMeals = 2
            full.reportedSupplementMagnesium = Milligrams(212.5)
            let empty = DayLog(date: date.adding(days: 1))
            let imported = DayLog(date: date.adding(days: 2), isTracked: false)
            let days = [full, empty, imported]
            try await store.write(.local) { try await $0.saveDayLogs(days) }
            let read = try await store.read(.local) { try await $0.allDayLogs() }
            #expect(read == days)
        }
    }

    @Test("Profile, products and intakes round-trip", arguments: TestStores.Engine.allCases)
    func profileAndSupplements(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            let profile = Profile(
                birth: .year(1988),
                sex: .unspecified,
                reproductiveStatus: .breastfeeding,
                kidneyDisease: .notSure,
                timeZone: "Asia/Tokyo",
                upperLimitBody: .eu
            )
            let product = SupplementProduct(
                name: "Calm Powder",
                kind: .supplement,
                servingUnit: "scoop",
                elementalPerServing: Milligrams(323.6),
                elementalPerServingLow: Milligrams(226.8),
                form: "citrate",
                compoundPerServing: Milligrams(2000),
                basis: .formRange
            )
            let at = Timestamp(iso8601: "2026-11-20T09:00:00+09:00")!
            try await store.write(.local) { session in
                try await session.saveProfile(profile)
                let id = try await session.insertProduct(product)
                let intake = SupplementIntake(productName: product.name, takenAt: at, servings: 0.5, elemental: Milligrams(161.8))
                #expect(try await session.insertSupplementIntake(productID: id, intake))
                #expect(try await !session.insertSupplementIntake(productID: id, intake))
            }
            let (readProfile, readProduct, intakes) = try await store.read(.local) { session in
                (
                    try await session.profile(), try await session.product(named: "  calm   POWDER "),
                    try await session.supplementIntakes(in: at.localDate...at.localDate)
                )
            }
            #expect(readProfile == profile)
            #expect(readProduct?.product == product)
            #expect(intakes.map(\.elemental) == [Milligrams(161.8)])
        }
    }
}

@Suite("Privacy of the database file", .timeLimit(.minutes(10)))
struct FilePermissionTests {
    @Test("A new database file is readable and writable by its owner only")
    func ownerOnly() async throws {
        let (store, url) = try await TestStores.open()
        await store.close()
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
