import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// What a command works with: the open database, the reference data, the profile and the clock.
struct AppContext: Sendable {
    let store: TwitchlessStore
    let reference: ReferenceLibrary
    let owner: OwnerID
    let profile: Profile
    let clock: ZonedClock
    /// The current time; `TWITCHLESS_NOW` (ISO 8601) replaces it for reproducible runs.
    let now: Date

    var today: LocalDate { clock.today(now) }

    /// Opens the database (creating the default folder if needed) and reads the profile.
    static func open(_ global: GlobalOptions) async throws(TwitchlessError) -> AppContext {
        let environment = ProcessInfo.processInfo.environment
        let (location, isDefault) = try DatabaseLocation.resolve(flag: global.database, environment: environment)
        if isDefault, case .sqliteFile(let path) = location {
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw TwitchlessError(.unavailable, "The folder \(folder) for your data could not be created.",
                                      fix: "Check its permissions, or choose a database file with --database.", cause: error)
            }
        }
        let now = try Self.now()
        let store = try await TwitchlessStore.open(location)
        do {
            let profile = try await store.read(.local) { try await $0.profile() } ?? Profile()
            return AppContext(store: store, reference: .shipped, owner: .local, profile: profile, clock: Self.clock(for: profile), now: now)
        } catch {
            await store.close()
            throw error
        }
    }

    /// The profile's zone; a stored name this system doesn't know falls back to the computer's zone, with a warning.
    static func clock(for profile: Profile) -> ZonedClock {
        guard let name = profile.timeZone else {
            // TZ=UTC shows as "GMT" through TimeZone.current on some systems: keep the name the computer was given.
            if let tz = ProcessInfo.processInfo.environment["TZ"], let clock = try? ZonedClock(identifier: tz) { return clock }
            return ZonedClock(timeZone: .current)
        }
        do {
            return try ZonedClock(identifier: name)
        } catch {
            Output.error("Your saved time zone \"\(name)\" isn't known on this computer, so its own zone is used. Set yours with: twitchless profile --time-zone Europe/London")
            return ZonedClock(timeZone: .current)
        }
    }

    static func now() throws(TwitchlessError) -> Date {
        guard let text = ProcessInfo.processInfo.environment["TWITCHLESS_NOW"], !text.isEmpty else { return Date() }
        guard let stamp = Timestamp(iso8601: text) else {
            throw .invalidInput("TWITCHLESS_NOW is set to \"\(text)\", which is not a time with an offset.",
                                fix: "Unset it, or use a time like 2026-11-24T21:15:00+01:00.")
        }
        return Date(timeIntervalSince1970: TimeInterval(stamp.epochSeconds))
    }

    /// Runs `body` in one write transaction.
    func write<T: Sendable>(_ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        try await store.write(owner, body)
    }

    /// Runs `body` in one read snapshot.
    func read<T: Sendable>(_ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        try await store.read(owner, body)
    }

    /// The reference values for `date`.
    func targets(on date: LocalDate) throws(TwitchlessError) -> IntakeTargets {
        try reference.intakeReference().targets(for: profile, on: date)
    }
}
