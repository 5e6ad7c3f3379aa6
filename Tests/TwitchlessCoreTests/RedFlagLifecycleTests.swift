import Testing
import TwitchlessReference

@testable import TwitchlessCore

/// POLICIES.md "How long a red flag is shown", on both sides of every boundary.
@Suite("Red flags over their life")
struct RedFlagLifecycleTests {
    let evaluator = try! ReferenceLibrary.shipped.redFlagEvaluator()
    /// The day of the sign or of the pattern's latest episode (day 0).
    let day0 = LocalDate(iso: "2026-03-01")!
    let uk = EmergencyContact(country: "GB", number: "999")
    let france = EmergencyContact(country: "FR", number: "15")

    func at(_ date: LocalDate, _ seconds: Int = 36_000) -> Timestamp { Timestamp(localDate: date, secondsOfDay: seconds, utcOffsetSeconds: 0) }

    /// Everything raised at `now` (a local date at noon unless an instant is given).
    func history(
        episodes: [Episode] = [],
        symptoms: [LoggedSymptom] = [],
        acks: [RedFlagAcknowledgement] = [],
        on date: LocalDate,
        now: Int64? = nil,
        emergency: EmergencyContact = .unknown
    ) -> [RaisedRedFlag] {
        evaluator.history(
            .init(
                episodes: episodes,
                symptoms: symptoms,
                acknowledgements: acks,
                today: date,
                now: now ?? at(date, 43_200).epochSeconds,
                emergency: emergency
            )
        )
    }

    func shown(_ flags: [RaisedRedFlag]) -> [String] { flags.filter { $0.status == .active }.map(\.flag.id) }

    @Test(
        "An emergency sign says 'get help now' for 24 hours after the time it was logged for, then is an urgent follow-up",
        arguments: [(86_399, RaisedRedFlag.Phase.getHelpNow, Notice.Severity.emergency), (86_400, .followUp, .urgent), (90_000, .followUp, .urgent)]
    )
    func emergencyHours(elapsed: Int, phase: RaisedRedFlag.Phase, severity: Notice.Severity) throws {
        let logged = LoggedSymptom(key: "breathing_difficulty", at: at(day0))
        let now = logged.at.epochSeconds + Int64(elapsed)
        let flag = try #require(
            history(symptoms: [logged], on: Timestamp(epochSeconds: now, utcOffsetSeconds: 0).localDate, now: now, emergency: uk).first
        )
        #expect(flag.status == .active)
        #expect(flag.phase == phase)
        #expect(flag.notice().severity == severity)
        if phase == .followUp {
            #expect(
                flag.notice().message
                    == "You logged difficulty breathing on 2026-03-01. If it is happening now or comes back, call 999 at once. If a doctor has seen you about it, mark it."
            )
        } else {
            #expect(flag.notice().message.hasPrefix("Trouble breathing is an emergency. Call 999."))
        }
    }

    @Test(
        "Calendar-day limits: shown through day N, gone on day N + 1",
        arguments: [
            ("breathing_difficulty", 30), ("one_leg_swollen", 90), ("muscle_wasting", 90), ("cramps_wake_me", 90),
        ]
    )
    func symptomDays(key: String, days: Int) {
        let logged = [LoggedSymptom(key: key, at: at(day0))]
        #expect(!shown(history(symptoms: logged, on: day0.adding(days: days))).isEmpty, "\(key) on day \(days)")
        let after = history(symptoms: logged, on: day0.adding(days: days + 1))
        #expect(shown(after).isEmpty, "\(key) on day \(days + 1)")
        #expect(after.first?.status == .ended)
    }

    @Test("A sign on 1 March with a 30-day limit is shown through 31 March")
    func policyExample() throws {
        let flag = try #require(history(symptoms: [LoggedSymptom(key: "chest_pain_breathless", at: at(day0))], on: day0).first)
        #expect(flag.shownThrough == LocalDate(iso: "2026-03-31")!)
    }

    @Test("RF01 is shown while the region has had an episode in the last 14 days", arguments: [(14, true), (15, false)])
    func durationCurrent(days: Int, isShown: Bool) {
        let episodes = (0...15).map { Episode(startedAt: at(day0.adding(days: $0 - 15)), site: .eyelidLeft, kind: .twitch) }
        let found = history(episodes: episodes, on: day0.adding(days: days))
        #expect(shown(found) == (isShown ? ["RF01_twitch_2wk"] : []))
        #expect(found.map(\.flag.id) == ["RF01_twitch_2wk"])
    }

    @Test("RF02 is shown through 14 days after the latest episode of the pattern", arguments: [(14, true), (15, false)])
    func multisiteCurrent(days: Int, isShown: Bool) {
        let episodes = [
            Episode(startedAt: at(day0.adding(days: -3)), site: .eyelidLeft, kind: .twitch),
            Episode(startedAt: at(day0), site: .calfLeft, kind: .twitch),
        ]
        #expect(shown(history(episodes: episodes, on: day0.adding(days: days))) == (isShown ? ["RF02_twitch_multisite"] : []))
    }

    @Test("RF20 is shown for 30 days after the cramp", arguments: [(30, true), (31, false)])
    func longCrampDays(days: Int, isShown: Bool) {
        let cramp = Episode(startedAt: at(day0), site: .calfRight, kind: .cramp, durationSeconds: 720)
        #expect(shown(history(episodes: [cramp], on: day0.adding(days: days))) == (isShown ? ["RF20_cramp_10min"] : []))
    }

    @Test("A symptom logged again within its 90 days keeps one flag, shown 90 days after the latest log")
    func latestLogCounts() {
        let logs = [LoggedSymptom(key: "muscle_wasting", at: at(day0)), LoggedSymptom(key: "muscle_wasting", at: at(day0.adding(days: 60)))]
        #expect(history(symptoms: logs, on: day0.adding(days: 150)).map(\.status) == [.active])
        #expect(history(symptoms: logs, on: day0.adding(days: 151)).map(\.status) == [.ended])
    }

    @Test("Marking works at any time, the first 24 hours included; only a new log brings the flag back; history keeps both")
    func marking() {
        let first = LoggedSymptom(key: "breathing_difficulty", at: at(day0))
        let mark = RedFlagAcknowledgement(
            flagID: "RF10_breathing",
            covers: "breathing_difficulty@\(first.at.epochSeconds)",
            since: day0,
            markedOn: day0
        )
        let marked = history(symptoms: [first], acks: [mark], on: day0, now: first.at.epochSeconds + 600)
        #expect(shown(marked).isEmpty)
        #expect(marked.map(\.status) == [.marked])
        #expect(marked.first?.markedOn == day0)
        let again = LoggedSymptom(key: "breathing_difficulty", at: at(day0.adding(days: 2)))
        let later = history(symptoms: [first, again], acks: [mark], on: day0.adding(days: 2), now: again.at.epochSeconds + 60)
        #expect(later.map(\.status) == [.marked, .active])
        #expect(later.last?.phase == .getHelpNow)
    }

    @Test("RF15 is inferred when face twitches follow eyelid twitching within 14 days", arguments: [(13, true), (14, false)])
    func faceSpread(days: Int, isRaised: Bool) {
        let episodes = [
            Episode(startedAt: at(day0), site: .eyelidRight, kind: .twitch),
            Episode(startedAt: at(day0.adding(days: days)), site: .face, kind: .spasm),
        ]
        let ids = history(episodes: episodes, on: day0.adding(days: days)).map(\.flag.id)
        #expect(ids.contains("RF15_face_spread") == isRaised)
    }

    @Test("Face twitches before any eyelid twitching infer nothing")
    func faceFirst() {
        let episodes = [
            Episode(startedAt: at(day0), site: .face, kind: .twitch), Episode(startedAt: at(day0.adding(days: 1)), site: .eyelidLeft, kind: .twitch),
        ]
        #expect(!history(episodes: episodes, on: day0.adding(days: 1)).map(\.flag.id).contains("RF15_face_spread"))
    }

    @Test(
        "No notice says 999 when the person's country has another number",
        arguments: ["breathing_difficulty", "chest_pain_breathless", "seizure", "sudden_face_arm_speech", "eyelid_droop"]
    )
    func ownNumber(key: String) {
        let logged = LoggedSymptom(key: key, at: at(day0))
        for elapsed in [60, 100_000] {
            let now = logged.at.epochSeconds + Int64(elapsed)
            for flag in history(symptoms: [logged], on: Timestamp(epochSeconds: now, utcOffsetSeconds: 0).localDate, now: now, emergency: france) {
                let notice = flag.notice()
                #expect(!notice.message.contains("999"), "\(notice.message)")
                if notice.message.contains("call") || notice.message.contains("Call") { #expect(notice.message.contains("15")) }
            }
            for flag in history(symptoms: [logged], on: Timestamp(epochSeconds: now, utcOffsetSeconds: 0).localDate, now: now, emergency: .unknown) {
                #expect(!flag.notice().message.contains("999"))
            }
        }
    }

    @Test("The emergency number replaces the sources' British one, never inside a longer number")
    func localize() {
        #expect(france.localize("Call 999 (or your local emergency number) now.") == "Call 15 now.")
        #expect(
            EmergencyContact.unknown.localize("If the face droops suddenly, call 999.")
                == "If the face droops suddenly, call your local emergency number."
        )
        #expect(france.localize("Ref 19990 and 9999.") == "Ref 19990 and 9999.")
    }

    @Test("A marked inferred RF15 stays marked while eyelid-then-face twitching goes on, and returns after a gap of more than 14 days")
    func faceSpreadMarked() throws {
        let eyelid = Episode(startedAt: at(day0), site: .eyelidLeft, kind: .twitch)
        let face = Episode(startedAt: at(day0.adding(days: 1)), site: .face, kind: .twitch)
        let raised = try #require(history(episodes: [eyelid, face], on: day0.adding(days: 1)).first { $0.flag.id == "RF15_face_spread" })
        let mark = raised.acknowledgement
        // The same pattern goes on: an eyelid twitch, then the face again.
        let more = [
            eyelid, face, Episode(startedAt: at(day0.adding(days: 5)), site: .eyelidLeft, kind: .twitch),
            Episode(startedAt: at(day0.adding(days: 6)), site: .face, kind: .twitch),
        ]
        #expect(!shown(history(episodes: more, acks: [mark], on: day0.adding(days: 6))).contains("RF15_face_spread"))
        // After more than 14 days without it, eyelid then face again is a new sign.
        let later =
            more + [
                Episode(startedAt: at(day0.adding(days: 30)), site: .eyelidLeft, kind: .twitch),
                Episode(startedAt: at(day0.adding(days: 31)), site: .face, kind: .twitch),
            ]
        #expect(shown(history(episodes: later, acks: [mark], on: day0.adding(days: 31))).contains("RF15_face_spread"))
    }

    @Test("In the history, a flag that ended unmarked is not shown as marked by a later mark")
    func historyMarks() {
        let first = LoggedSymptom(key: "muscle_wasting", at: at(day0))
        let second = LoggedSymptom(key: "muscle_wasting", at: at(day0.adding(days: 120)))
        let mark = RedFlagAcknowledgement(
            flagID: "RF08_muscle_wasting",
            covers: "muscle_wasting@\(second.at.epochSeconds)",
            since: second.at.localDate
        )
        #expect(history(symptoms: [first, second], acks: [mark], on: day0.adding(days: 121)).map(\.status) == [.ended, .marked])
    }

    @Test("RF25 names every early sign that counted, with the reason")
    func earlySigns() throws {
        let logs = [LoggedSymptom(key: "nausea", at: at(day0)), LoggedSymptom(key: "flushing", at: at(day0, 40_000))]
        let days = Set([day0, day0.adding(days: -1)])
        let found = evaluator.evaluate(
            .init(
                episodes: [],
                symptoms: logs,
                acknowledgements: [],
                today: day0,
                now: at(day0, 50_000).epochSeconds,
                magnesiumDays: days,
                overLimitDays: days
            )
        )
        let flag = try #require(found.first { $0.flag.id == "RF25_too_much_mg_early" })
        #expect(flag.detail == "You logged: nausea, facial flushing on 2026-03-01 while taking magnesium supplements above the upper limit.")
    }
}
