import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore
import TwitchlessTestSupport

/// POLICIES.md "How long a red flag is shown", through the shared actions and the store, on both engines.
@Suite("Red flags over their life, stored", .serialized, .timeLimit(.minutes(10)))
struct RedFlagLifecycleStoreTests {
    /// The person's context at `iso` (a London profile with a country, so emergency messages name 999).
    static func context(_ store: TwitchlessStore, at iso: String, profile: Profile) -> AppContext {
        let now = Date(timeIntervalSince1970: TimeInterval(Timestamp(iso8601: iso)!.epochSeconds))
        return AppContext(store: store, owner: .local, profile: profile, clock: AppContext.clock(for: profile, computer: .system), now: now)
    }

    @Test(
        "An emergency is 'get help now' for 24 hours, then a follow-up, gone when marked, back for a new log; removal takes its flag",
        arguments: TestStores.Engine.allCases
    )
    func emergency(engine: TestStores.Engine) async throws {
        let store = try await TestStores.open(engine)
        let profile = Profile(birth: .year(1980), timeZone: "Europe/Dublin", country: "FR")
        try await store.write(.local) { try await $0.saveProfile(profile) }
        // Given difficulty breathing logged at 20:00
        let logged = try await SymptomLogging.log(
            key: "breathing_difficulty",
            at: nil,
            note: nil,
            context: Self.context(store, at: "2026-03-01T20:00:00Z", profile: profile)
        )
        #expect(logged.notices.first?.severity == .emergency)
        #expect(logged.notices.first?.message.contains("Call 15") == true, "\(logged.notices.first?.message ?? "")")
        #expect(logged.notices.first?.emergencyNumber == "15")
        // Then 23 h 59 min later it still says "get help now"; 24 h later it is an urgent follow-up
        let nearly = try await SafetyReview.activeRedFlags(context: Self.context(store, at: "2026-03-02T19:59:00Z", profile: profile))
        #expect(nearly.map { $0.notice().severity } == [.emergency])
        let later = Self.context(store, at: "2026-03-02T20:00:00Z", profile: profile)
        let followUp = try await SafetyReview.notices(context: later).filter { $0.id == "RF10_breathing" }
        #expect(followUp.map(\.severity) == [.urgent])
        #expect(followUp.first?.message.contains("call 15 at once") == true)
        // 30 days counted from the day of the sign: shown through 31 March, gone on 1 April
        #expect(try await SafetyReview.activeRedFlags(context: Self.context(store, at: "2026-03-31T22:00:00Z", profile: profile)).count == 1)
        #expect(try await SafetyReview.activeRedFlags(context: Self.context(store, at: "2026-04-01T10:00:00Z", profile: profile)).isEmpty)
        // When marked within the first day, it is gone; a new log brings it back; the history keeps both
        let early = Self.context(store, at: "2026-03-01T21:00:00Z", profile: profile)
        _ = try await SafetyReview.acknowledge(flagID: "RF10_breathing", context: early)
        #expect(try await SafetyReview.activeRedFlags(context: early).isEmpty)
        let again = Self.context(store, at: "2026-03-03T08:00:00Z", profile: profile)
        _ = try await SymptomLogging.log(key: "breathing_difficulty", at: nil, note: nil, context: again)
        #expect(try await SafetyReview.activeRedFlags(context: again).map(\.phase) == [.getHelpNow])
        #expect(try await SafetyReview.redFlagHistory(context: again).map(\.status) == [.marked, .active])
        // A symptom removed as logged by mistake takes its flag with it
        let stored = try await store.read(.local) { try await $0.storedSymptoms(since: LocalDate(iso: "2026-03-03")!) }
        let removed = try await SymptomRemoval.remove(.id(try #require(stored.first?.id)), context: again)
        #expect(removed.clearedFlags.map(\.flag.id) == ["RF10_breathing"])
        #expect(try await SafetyReview.activeRedFlags(context: again).isEmpty)
        await #expect(throws: TwitchlessError.self) { try await SymptomRemoval.remove(.id(stored[0].id), context: again) }
        await store.close()
    }

    @Test(
        "Symptom flags last 90 days after the latest log, RF01 while the region twitched in the last 14 days, RF20 30 days",
        arguments: TestStores.Engine.allCases
    )
    func calendarLimits(engine: TestStores.Engine) async throws {
        let store = try await TestStores.open(engine)
        let profile = Profile(birth: .year(1980), timeZone: "Europe/London")
        try await store.write(.local) { try await $0.saveProfile(profile) }
        let start = Self.context(store, at: "2026-03-01T12:00:00Z", profile: profile)
        _ = try await SymptomLogging.log(key: "muscle_wasting", at: nil, note: nil, context: start)
        let days = (0...15).map { LocalDate(iso: "2026-02-14")!.adding(days: $0) }
        try await store.write(.local) { session in
            for date in days {
                _ = try await session.insertEpisode(
                    Episode(startedAt: Timestamp(localDate: date, secondsOfDay: 36_000, utcOffsetSeconds: 0), site: .eyelidLeft, kind: .twitch)
                )
            }
            _ = try await session.insertEpisode(
                Episode(startedAt: Timestamp(iso8601: "2026-03-01T09:00:00Z")!, site: .calfRight, kind: .cramp, durationSeconds: 700)
            )
        }
        func shown(_ iso: String) async throws -> Set<String> {
            Set(try await SafetyReview.activeRedFlags(context: Self.context(store, at: iso, profile: profile)).map(\.flag.id))
        }
        // The last eyelid twitch was on 1 March (day 0).
        #expect(try await shown("2026-03-15T12:00:00Z").isSuperset(of: ["RF01_twitch_2wk", "RF20_cramp_10min", "RF08_muscle_wasting"]))
        #expect(try await !shown("2026-03-16T12:00:00Z").contains("RF01_twitch_2wk"))
        #expect(try await shown("2026-03-31T12:00:00Z").contains("RF20_cramp_10min"))
        #expect(try await !shown("2026-04-01T12:00:00Z").contains("RF20_cramp_10min"))
        #expect(try await shown("2026-05-30T12:00:00Z") == ["RF08_muscle_wasting"])
        #expect(try await shown("2026-05-31T12:00:00Z").isEmpty)
        await store.close()
    }
}
