package import Foundation
package import TwitchlessCore
package import TwitchlessReference
package import TwitchlessStore

/// What a command works with: the open database, the reference data, the profile and the clock.
package struct AppContext: Sendable {
    package let store: TwitchlessStore
    package let reference: ReferenceLibrary
    package let owner: OwnerID
    package let profile: Profile
    package let clock: ZonedClock
    /// The time this action runs at, from the store's clock (`TWITCHLESS_NOW` for reproducible runs).
    package let now: Date

    package var today: LocalDate { clock.today(now) }

    package init(store: TwitchlessStore, reference: ReferenceLibrary = .shipped, owner: OwnerID, profile: Profile, clock: ZonedClock, now: Date) {
        self.store = store
        self.reference = reference
        self.owner = owner
        self.profile = profile
        self.clock = clock
        self.now = now
    }

    /// Opens the database at `location` (creating the default folder if needed) and reads the local owner's profile.
    package static func open(
        _ location: DatabaseLocation,
        isDefault: Bool,
        workload: TwitchlessStore.Workload = .commandLine,
        clock: WallClock
    ) async throws(TwitchlessError) -> AppContext {
        if isDefault, case .sqliteFile(let path) = location {
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(
                    atPath: folder,
                    withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700]
                )
            } catch {
                throw TwitchlessError(
                    .unavailable,
                    "The folder \(folder) for your data could not be created.",
                    fix: "Check its permissions, or choose another database file.",
                    next: .chooseDatabase,
                    cause: error
                )
            }
        }
        let store = try await TwitchlessStore.open(location, workload: workload, clock: clock)
        do {
            return try await forOwner(.local, store: store, now: clock.now())
        } catch {
            await store.close()
            throw error
        }
    }

    /// The context of one owner on an open store: their profile and zone.
    package static func forOwner(_ owner: OwnerID, store: TwitchlessStore, now: Date) async throws(TwitchlessError) -> AppContext {
        let profile = try await store.read(owner) { try await $0.profile() } ?? Profile()
        return AppContext(
            store: store,
            reference: .shipped,
            owner: owner,
            profile: profile,
            clock: clock(for: profile, computer: store.clock),
            now: now
        )
    }

    /// Said when the saved time zone isn't known on this computer, so the computer's own zone is used instead.
    package var zoneWarning: TwitchlessError? {
        guard let name = profile.timeZone, (try? ZonedClock(identifier: name)) == nil else { return nil }
        return TwitchlessError(
            .invalidInput,
            "Your saved time zone \"\(name)\" isn't known on this computer, so its own zone is used.",
            fix: "Set your own zone in your profile, like Europe/London.",
            next: .editProfile(.timeZone)
        )
    }

    /// The profile's zone; a stored name this system doesn't know falls back to the computer's zone, with a warning.
    /// - Parameter computer: the clock whose `TZ` names the computer's zone.
    package static func clock(for profile: Profile, computer: WallClock) -> ZonedClock {
        guard let name = profile.timeZone else {
            // TZ=UTC shows as "GMT" through TimeZone.current on some systems: keep the name the computer was given.
            if let tz = computer.zoneName, let clock = try? ZonedClock(identifier: tz) { return clock }
            return ZonedClock(timeZone: .current)
        }
        do {
            return try ZonedClock(identifier: name)
        } catch {
            return ZonedClock(timeZone: .current)
        }
    }

    /// Runs `body` in one write transaction.
    package func write<T: Sendable>(_ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        try await store.write(owner, body)
    }

    /// Runs `body` in one read snapshot that every `read` inside it joins (one transaction for a page built of many reads).
    package func readTogether<T: Sendable>(_ body: @Sendable () async throws -> T) async throws(TwitchlessError) -> T {
        try await store.readJoined(owner) { _ in try await body() }
    }

    /// Runs `body` in one read snapshot.
    package func read<T: Sendable>(_ body: @Sendable (StoreSession) async throws -> T) async throws(TwitchlessError) -> T {
        try await store.read(owner, body)
    }

    /// The number the person calls in an emergency: their country's, or their time zone's country's.
    package func emergencyContact() throws(TwitchlessError) -> EmergencyContact {
        try reference.emergencyDirectory().contact(country: profile.country, timeZone: profile.timeZone ?? clock.name)
    }

    /// Loads the safety tables, so a server with a broken row refuses to start rather than fail a request. (Commands
    /// load them when they first need them, which for every write that shows red flags is before anything is stored.)
    package static func checkSafetyTables(_ reference: ReferenceLibrary) throws(TwitchlessError) {
        _ = try reference.emergencyDirectory()
        _ = try reference.medicineMatcher()
        _ = try reference.redFlagEvaluator()
    }

    /// The reference values for `date`.
    package func targets(on date: LocalDate) throws(TwitchlessError) -> IntakeTargets {
        try reference.intakeReference().targets(for: profile, on: date)
    }
}
