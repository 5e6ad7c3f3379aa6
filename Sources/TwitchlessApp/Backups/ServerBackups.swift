package import Foundation
package import TwitchlessCore
import TwitchlessIO
package import TwitchlessStore

/// Whole-database backups for whoever runs the server: one every `interval` into `folder`, each checked after it is
/// written, keeping the newest `keep`. SQLite: a copy of the database file. PostgreSQL: `pg_dump` (custom format)
/// when it is installed, otherwise a folder with each person's backup in the documented format.
package struct ServerBackups: Sendable {
    package var folder: URL
    package var interval: Duration
    package var keep: Int
    /// The pg_dump program for PostgreSQL, or nil to write per-person backups.
    package var pgDump: String?

    package init(folder: URL, interval: Duration, keep: Int, pgDump: String? = ServerBackups.findProgram("pg_dump")) {
        self.folder = folder
        self.interval = interval
        self.keep = keep
        self.pgDump = pgDump
    }

    /// A backup written and checked.
    package struct Written: Sendable {
        package var path: String
        package var people: Int
        /// Older backups removed to keep `keep`.
        package var pruned: [String]
    }

    static let prefix = "twitchless-"

    /// The backups in the folder, oldest first (their names sort by time).
    package func existing() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(Self.prefix) && Self.time(of: $0) != nil }.sorted()
    }

    /// When the newest backup in the folder was made, from its name.
    package func newest() -> Date? { existing().last.flatMap(Self.time(of:)) }

    /// How long until the next backup is due (zero when it is due now).
    package func wait(now: Date) -> Duration {
        guard let newest = newest() else { return .zero }
        let due = newest.addingTimeInterval(Double(interval.components.seconds))
        return due <= now ? .zero : .seconds(Int64(due.timeIntervalSince(now).rounded(.up)))
    }

    /// Writes one backup of `store`, checks it and prunes old ones.
    /// - Throws: `unavailable` when the folder can't be written or the backup fails its check (nothing is left half
    ///   written; older backups are kept).
    package func write(_ store: TwitchlessStore, now: Date) async throws(TwitchlessError) -> Written {
        let stamp = Self.stamp(now)
        let scratch = folder.appendingPathComponent(".partial-\(UUID().uuidString.lowercased())")
        do {
            // A private folder first, so nothing is readable by others even before its mode is set.
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw TwitchlessError(.unavailable, "The backup folder \(folder.path) can't be written.", fix: "Check its permissions.", cause: error)
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let name: String
        let people: Int
        switch store.location {
        case .sqliteFile:
            name = "\(Self.prefix)\(stamp).sqlite"
            let path = scratch.appendingPathComponent(name).path
            people = try await store.writeSnapshot(to: path)
            chmod(path, 0o600)
        case .postgres(let url):
            if let pgDump {
                name = "\(Self.prefix)\(stamp).pgdump"
                people = try await store.allOwners().count
                try await PostgresDump.write(url: url, to: scratch.appendingPathComponent(name).path, pgDump: pgDump)
            } else {
                name = "\(Self.prefix)\(stamp)-people"
                people = try await Self.writePeople(store, into: scratch.appendingPathComponent(name), now: now)
            }
        case .memory:
            throw TwitchlessError(.internalFailure, "A database in memory has no backups.")
        }
        let final = folder.appendingPathComponent(name)
        guard rename(scratch.appendingPathComponent(name).path, final.path) == 0 else {
            throw TwitchlessError(.unavailable, "The backup could not be moved into \(folder.path).", fix: "Check the folder's permissions.")
        }
        return Written(path: final.path, people: people, pruned: prune())
    }

    /// Removes the oldest backups beyond `keep`.
    func prune() -> [String] {
        let all = existing()
        guard all.count > keep else { return [] }
        let old = all.prefix(all.count - keep)
        for name in old { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        return Array(old)
    }

    /// Each person's backup as its own file in `target` (a 0700 folder), each read back and checked.
    static func writePeople(_ store: TwitchlessStore, into target: URL, now: Date) async throws(TwitchlessError) -> Int {
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw TwitchlessError(.unavailable, "The backup folder \(target.path) could not be made.", cause: error)
        }
        let owners = try await store.allOwners()
        for owner in owners {
            let context = try await AppContext.forOwner(owner, store: store, now: now)
            let backup = try await PersonBackup.make(context: context)
            let path = target.appendingPathComponent("\(owner.rawValue).twitchless-backup").path
            guard FileManager.default.createFile(atPath: path, contents: backup.data, attributes: [.posixPermissions: 0o600]),
                let written = FileManager.default.contents(atPath: path)
            else {
                throw TwitchlessError(.unavailable, "The backup \(path) could not be written.", fix: "Check the folder has room.")
            }
            _ = try BackupReader.read(written, tables: PersonTables.backupTables)
        }
        return owners.count
    }

    /// "2026-12-02T214500Z": sortable, and safe in a file name.
    static func stamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970)
        let day = LocalDate(dayNumber: Int(floorDivide(seconds, 86_400)))
        let time = Int(seconds - floorDivide(seconds, 86_400) * 86_400)
        return "\(day)T" + String(format: "%02d%02d%02dZ", time / 3600, time / 60 % 60, time % 60)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// The time in a backup's name, or nil for a name that isn't one.
    static func time(of name: String) -> Date? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard rest.count >= 18, let day = LocalDate(iso: String(rest.prefix(10))) else { return nil }
        let clock = rest.dropFirst(11).prefix(7)
        guard clock.hasSuffix("Z"), let h = Int(clock.prefix(2)), let m = Int(clock.dropFirst(2).prefix(2)), let s = Int(clock.dropFirst(4).prefix(2))
        else {
            return nil
        }
        return Date(timeIntervalSince1970: TimeInterval(Int64(day.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + s)))
    }

    /// A program on the PATH, or nil.
    package static func findProgram(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
