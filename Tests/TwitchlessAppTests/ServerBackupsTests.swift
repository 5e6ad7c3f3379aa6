import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@Suite("Scheduled whole-database backups", .timeLimit(.minutes(5)))
struct ServerBackupsTests {
    static let start = Date(timeIntervalSince1970: 1_795_543_200)

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-backups-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("SQLite: a checked copy of the file while the server's store is open, due once a day, the newest kept, 0600")
    func sqlite() async throws {
        let (url, _) = TestStores.temporaryFile()
        let store = try await TwitchlessStore.open(.sqliteFile(url.path), workload: .server)
        do {
            let app = AppFixture(store: store, context: AppFixture.context(store))
            try await store.write(.local) { try await $0.saveProfile(AppFixture.profile) }
            try await BackupTests.fill(app)
            let live = try await PersonBackup.make(context: app.context).data
            let backups = ServerBackups(folder: try Self.folder(), interval: .seconds(86_400), keep: 2)
            #expect(backups.wait(now: Self.start) == .zero)
            let first = try await backups.write(store, now: Self.start)
            #expect(first.path.hasSuffix("/twitchless-2026-11-24T180000Z.sqlite") && first.people == 1 && first.pruned.isEmpty)
            #expect(Self.mode(first.path) == 0o600)
            #expect(backups.wait(now: Self.start.addingTimeInterval(3600)) == .seconds(82_800))
            #expect(backups.wait(now: Self.start.addingTimeInterval(86_400)) == .zero)
            _ = try await backups.write(store, now: Self.start.addingTimeInterval(86_400))
            let third = try await backups.write(store, now: Self.start.addingTimeInterval(2 * 86_400))
            #expect(third.pruned == ["twitchless-2026-11-24T180000Z.sqlite"])
            #expect(backups.existing() == ["twitchless-2026-11-25T180000Z.sqlite", "twitchless-2026-11-26T180000Z.sqlite"])
            // Nothing half-written is left behind, and the copy opens with the same data.
            #expect(try FileManager.default.contentsOfDirectory(atPath: backups.folder.path).count == 2)
            let copy = try await TwitchlessStore.open(.sqliteFile(third.path))
            #expect(try await PersonBackup.make(context: AppFixture.context(copy)).data == live)
            await copy.close()
            // A damaged copy fails its check.
            let broken = backups.folder.appendingPathComponent("broken.sqlite")
            try Data(repeating: 7, count: 8192).write(to: broken)
            #expect(await thrown { _ = try await TwitchlessStore.checkSnapshot(broken.path) }?.code == .unavailable)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    @Test("PostgreSQL: pg_dump's custom format, checked, that pg_restore brings back; without pg_dump, each person's backup")
    func postgres() async throws {
        try await AppFixture.with(.postgres) { app in
            try await BackupTests.fill(app)
            let live = try await PersonBackup.make(context: app.context).data
            let perPerson = ServerBackups(folder: try Self.folder(), interval: .seconds(3600), keep: 3, pgDump: nil)
            let people = try await perPerson.write(app.store, now: Self.start)
            #expect(people.path.hasSuffix("-people") && people.people == 1 && Self.mode(people.path) == 0o700)
            let file = people.path + "/local.twitchless-backup"
            #expect(FileManager.default.contents(atPath: file) == live && Self.mode(file) == 0o600)

            let pgDump = try #require(ServerBackups.findProgram("pg_dump"), "pg_dump is needed for PostgreSQL backups")
            let dumps = ServerBackups(folder: try Self.folder(), interval: .seconds(3600), keep: 3, pgDump: pgDump)
            let dump = try await dumps.write(app.store, now: Self.start)
            #expect(dump.path.hasSuffix(".pgdump") && Self.mode(dump.path) == 0o600)
            let target = try await TestStores.freshLocation(.postgres)
            guard case .postgres(let url) = target else { return }
            let restore = Process()
            restore.executableURL = URL(fileURLWithPath: (pgDump as NSString).deletingLastPathComponent + "/pg_restore")
            restore.arguments = ["--no-owner", "--dbname=\(url)", dump.path]
            restore.standardError = FileHandle.nullDevice
            try restore.run()
            restore.waitUntilExit()
            #expect(restore.terminationStatus == 0)
            let restored = try await TwitchlessStore.open(target)
            #expect(try await PersonBackup.make(context: AppFixture.context(restored)).data == live)
            await restored.close()
        }
    }
}

@Suite("People who left stay erased", .timeLimit(.minutes(5)))
struct ErasedAgainTests {
    @Test("A whole-database backup from before someone left, restored, has them erased again at start; the owner stays")
    func restoredBackup() async throws {
        let (url, _) = TestStores.temporaryFile()
        let store = try await TwitchlessStore.open(.sqliteFile(url.path), workload: .server)
        let backups = ServerBackups(folder: try ServerBackupsTests.folder(), interval: .seconds(86_400), keep: 7)
        do {
            try await store.write(.local) { try await $0.saveProfile(AppFixture.profile) }
            let app = AppFixture(store: store, context: AppFixture.context(store))
            let stranger = try await app.stranger()
            _ = try await EpisodeLogging.log(.init(site: "face", at: "09:00"), context: stranger)
            _ = try await EpisodeLogging.log(.init(site: "calf_left", at: "10:00"), context: app.context)
            let user = try #require(try await store.accountsLookup { try await $0.users() }.first { $0.owner == stranger.owner })
            #expect(Leaving.backupWords(backups) == "This server's backups still hold it until they age out, within 7 days.")
            let old = try await backups.write(store, now: Date())
            try await Leaving.deleteAccount(user, confirmation: user.email, store: store, backups: backups)
            #expect(backups.erased().map(\.owner) == [stranger.owner])
            await store.close()

            // The old backup is copied back in place of the database, and the server starts again with the folder.
            let restored = try await TwitchlessStore.open(.sqliteFile(old.path))
            #expect(try await LeavingTestsSupport.episodes(restored, stranger.owner) == 1)
            let again = try await Leaving.eraseAgain(store: restored, backups: backups)
            #expect(again == [stranger.owner])
            #expect(try await LeavingTestsSupport.episodes(restored, stranger.owner) == 0)
            #expect(try await LeavingTestsSupport.episodes(restored, .local) == 1)
            #expect(try await Leaving.eraseAgain(store: restored, backups: backups).isEmpty)
            await restored.close()
        } catch {
            await store.close()
            throw error
        }
    }
}

enum LeavingTestsSupport {
    static func episodes(_ store: TwitchlessStore, _ owner: OwnerID) async throws -> Int {
        try await store.read(owner) { try await $0.allEpisodes().count }
    }
}
