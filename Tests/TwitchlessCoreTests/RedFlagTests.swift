import Testing
import TwitchlessReference

@testable import TwitchlessCore

@Suite("Red flags (POLICIES.md: Red flags)")
struct RedFlagTests {
    let evaluator = try! ReferenceLibrary.shipped.redFlagEvaluator()
    let today = LocalDate(iso: "2026-11-24")!

    func episode(_ date: String, _ site: BodySite, _ kind: EpisodeKind = .twitch, seconds: Int? = nil) -> Episode {
        Episode(
            startedAt: Timestamp(localDate: LocalDate(iso: date)!, secondsOfDay: 36_000, utcOffsetSeconds: 0),
            site: site,
            kind: kind,
            durationSeconds: seconds
        )
    }

    func symptom(_ key: String, _ date: String = "2026-11-24") -> LoggedSymptom {
        LoggedSymptom(key: key, at: Timestamp(localDate: LocalDate(iso: date)!, secondsOfDay: 36_000, utcOffsetSeconds: 0))
    }

    /// The input at `today` 23:00 UTC; `magnesium` and `overUL` cover the last 3 days, `ppi` adds an acid reducer.
    func input(
        _ episodes: [Episode] = [],
        symptoms: [LoggedSymptom] = [],
        acks: [RedFlagAcknowledgement] = [],
        magnesium: Bool = false,
        overUL: Bool = false,
        kidney: Bool = false,
        ppi: Bool = false,
        today: LocalDate? = nil,
        now: Int64? = nil
    ) -> RedFlagEvaluator.Input {
        let day = today ?? self.today
        let recent = Set((0..<3).map { day.adding(days: -$0) })
        return .init(
            episodes: episodes,
            symptoms: symptoms,
            acknowledgements: acks,
            today: day,
            now: now ?? Timestamp(localDate: day, secondsOfDay: 82_800, utcOffsetSeconds: 0).epochSeconds,
            magnesiumDays: magnesium ? recent : [],
            overLimitDays: overUL ? recent : [],
            hasKidneyDisease: kidney,
            acidReducers: ppi ? [Medicine(name: "omeprazole", schedule: .daily([28_800]))] : []
        )
    }

    func ids(
        _ episodes: [Episode] = [],
        symptoms: [LoggedSymptom] = [],
        acks: [RedFlagAcknowledgement] = [],
        magnesium: Bool = false,
        overUL: Bool = false,
        kidney: Bool = false,
        ppi: Bool = false
    ) -> [String] {
        evaluator.evaluate(input(episodes, symptoms: symptoms, acks: acks, magnesium: magnesium, overUL: overUL, kidney: kidney, ppi: ppi))
            .map(\.flag.id)
    }

    /// Daily twitching at one site from `first` to `last`.
    func daily(_ site: BodySite, from first: String, to last: String) -> [Episode] {
        let start = LocalDate(iso: first)!
        let end = LocalDate(iso: last)!
        return (0...start.days(until: end)).map { episode(start.adding(days: $0).description, site) }
    }

    @Test("Benign histories raise nothing: a week of eyelid twitching, occasional calf cramps")
    func benign() {
        #expect(ids(daily(.eyelidLeft, from: "2026-11-17", to: "2026-11-24")).isEmpty)
        let cramps = ["2026-09-01", "2026-10-03", "2026-11-20"].map { episode($0, .calfLeft, .cramp, seconds: 120) }
        #expect(ids(cramps).isEmpty)
        // Left and right eyelid are one region.
        #expect(ids(daily(.eyelidLeft, from: "2026-11-20", to: "2026-11-24") + [episode("2026-11-22", .eyelidRight)]).isEmpty)
        // A cramp in the calf and a twitch in the eyelid: cramps don't count for "more than one place".
        #expect(ids([episode("2026-11-22", .eyelidRight), episode("2026-11-23", .calfLeft, .cramp, seconds: 60)]).isEmpty)
    }

    @Test("RF01: 14 days of twitching at a site is not flagged; 15 is; eyelids use the same 14 days")
    func duration() {
        #expect(ids(daily(.eyelidLeft, from: "2026-11-10", to: "2026-11-24")).isEmpty)  // 14 days
        #expect(ids(daily(.eyelidLeft, from: "2026-11-09", to: "2026-11-24")) == ["RF01_twitch_2wk"])  // 15 days
        // More than 14 days without an episode starts a new count; exactly 14 days without one doesn't.
        let split = [episode("2026-11-01", .calfLeft), episode("2026-11-17", .calfLeft), episode("2026-11-20", .calfLeft)]
        #expect(ids(split).isEmpty)
        let joined = [episode("2026-11-01", .calfLeft), episode("2026-11-16", .calfLeft), episode("2026-11-20", .calfLeft)]
        #expect(ids(joined) == ["RF01_twitch_2wk"])
    }

    @Test("RF02: twitches in two regions within 14 days; not 14 days apart")
    func multisite() {
        #expect(ids([episode("2026-11-10", .eyelidLeft), episode("2026-11-23", .calfLeft)]) == ["RF02_twitch_multisite"])
        #expect(ids([episode("2026-11-10", .eyelidLeft), episode("2026-11-24", .calfLeft)]).isEmpty)
    }

    @Test("RF20: a cramp of 10 minutes is not flagged; 10 minutes and 1 second is")
    func longCramp() {
        #expect(ids([episode("2026-11-24", .calfLeft, .cramp, seconds: 600)]).isEmpty)
        #expect(ids([episode("2026-11-24", .foot, .cramp, seconds: 601)]) == ["RF20_cramp_10min"])
    }

    @Test("Logged symptoms raise their rows; emergencies come first")
    func symptoms() {
        let found = ids(symptoms: [symptom("muscle_wasting"), symptom("breathing_difficulty"), symptom("one_leg_swollen")])
        #expect(found == ["RF10_breathing", "RF23_possible_dvt", "RF08_muscle_wasting"])
    }

    @Test("Too much magnesium: RF25 needs two early signs and intake above the UL or kidney disease")
    func tooMuchMagnesium() {
        let two = [symptom("nausea"), symptom("flushing")]
        #expect(ids(symptoms: two, magnesium: true, overUL: true) == ["RF25_too_much_mg_early"])
        #expect(ids(symptoms: two, magnesium: true, kidney: true) == ["RF25_too_much_mg_early"])
        #expect(ids(symptoms: two, magnesium: true).isEmpty)
        #expect(ids(symptoms: [symptom("nausea")], magnesium: true, overUL: true).isEmpty)
        #expect(ids(symptoms: two, magnesium: false, overUL: true).isEmpty)
        // Signs older than the last 3 days don't count.
        #expect(ids(symptoms: [symptom("nausea", "2026-11-20"), symptom("flushing", "2026-11-20")], magnesium: true, overUL: true).isEmpty)
    }

    @Test("RF26: breathing difficulty, an irregular heartbeat, very low blood pressure or fainting, or weakness with kidney disease or above the UL")
    func severeMagnesium() {
        #expect(ids(symptoms: [symptom("very_low_blood_pressure")], magnesium: true) == ["RF26_too_much_mg_severe"])
        #expect(ids(symptoms: [symptom("fainting")], magnesium: true) == ["RF26_too_much_mg_severe"])
        #expect(ids(symptoms: [symptom("fainting")], magnesium: false).isEmpty)
        #expect(ids(symptoms: [symptom("muscle_weakness")], magnesium: true, overUL: true) == ["RF26_too_much_mg_severe", "RF03_twitch_weak_stiff"])
        #expect(ids(symptoms: [symptom("irregular_heartbeat")], magnesium: true) == ["RF26_too_much_mg_severe"])
        #expect(ids(symptoms: [symptom("breathing_difficulty")], magnesium: true) == ["RF10_breathing", "RF26_too_much_mg_severe"])
        #expect(ids(symptoms: [symptom("muscle_weakness")], magnesium: true, kidney: true) == ["RF26_too_much_mg_severe", "RF03_twitch_weak_stiff"])
        // Weakness alone is a GP matter.
        #expect(ids(symptoms: [symptom("muscle_weakness")], magnesium: true) == ["RF03_twitch_weak_stiff"])
    }

    @Test("RF27 needs a PPI and an abnormal heartbeat, palpitations, muscle spasm, tremor or a seizure; never ordinary twitches")
    func acidReducer() {
        #expect(ids(symptoms: [symptom("palpitations")], ppi: true) == ["RF27_ppi_low_mg"])
        #expect(ids(symptoms: [symptom("tremor")], ppi: true) == ["RF27_ppi_low_mg"])
        #expect(ids(symptoms: [symptom("muscle_spasm")], ppi: true) == ["RF27_ppi_low_mg"])
        #expect(ids(symptoms: [symptom("muscle_spasm")], ppi: false).isEmpty)
        #expect(ids(symptoms: [symptom("palpitations")], ppi: false).isEmpty)
        #expect(ids([episode("2026-11-24", .calfLeft, .spasm)], ppi: true).isEmpty)
    }

    @Test("Acknowledged flags stay away for the same sign and return for a new one")
    func acknowledgements() {
        let long = daily(.eyelidLeft, from: "2026-11-01", to: "2026-11-20")
        let active = evaluator.evaluate(input(long))
        let ack = active[0].acknowledgement
        // The same count going on longer stays acknowledged.
        #expect(ids(long + daily(.eyelidLeft, from: "2026-11-21", to: "2026-11-24"), acks: [ack]).isEmpty)
        // A new region is a new sign.
        #expect(ids(long + daily(.calfLeft, from: "2026-11-01", to: "2026-11-20"), acks: [ack]) == ["RF01_twitch_2wk", "RF02_twitch_multisite"])
        // A symptom logged again after the acknowledgement returns.
        let first = symptom("muscle_wasting", "2026-11-20")
        let wasting = RedFlagAcknowledgement(
            flagID: "RF08_muscle_wasting",
            covers: "muscle_wasting@\(first.at.epochSeconds)",
            since: first.at.localDate
        )
        #expect(ids(symptoms: [first], acks: [wasting]).isEmpty)
        #expect(ids(symptoms: [first, symptom("muscle_wasting", "2026-11-24")], acks: [wasting]) == ["RF08_muscle_wasting"])
        // A new sign later the same day returns too.
        let later = LoggedSymptom(key: "muscle_wasting", at: Timestamp(localDate: first.at.localDate, secondsOfDay: 50_000, utcOffsetSeconds: 0))
        #expect(ids(symptoms: [first, later], acks: [wasting]) == ["RF08_muscle_wasting"])
        // An emergency marked "I got help" within its first 24 hours is gone too, and a new log brings it back.
        let breathing = symptom("breathing_difficulty")
        let emergencyAck = RedFlagAcknowledgement(
            flagID: "RF10_breathing",
            covers: "breathing_difficulty@\(breathing.at.epochSeconds)",
            since: breathing.at.localDate
        )
        #expect(ids(symptoms: [breathing], acks: [emergencyAck]).isEmpty)
        let again = LoggedSymptom(key: "breathing_difficulty", at: Timestamp(localDate: today, secondsOfDay: 60_000, utcOffsetSeconds: 0))
        #expect(ids(symptoms: [breathing, again], acks: [emergencyAck]) == ["RF10_breathing"])
    }

    @Test("RF12 and RF13 are the sources' wording only: never raised")
    func inactiveRows() throws {
        let flags = try ReferenceLibrary.shipped.redFlags()
        #expect(Set(flags.filter { !$0.isActive }.map(\.id)) == ["RF12_eyelid_weeks", "RF13_eyelid_1wk_aao"])
        #expect(ids(daily(.eyelidRight, from: "2026-11-14", to: "2026-11-24")).isEmpty)  // 10 days: RF13's week would fire
    }

    @Test("Every symptom raises only rows that exist")
    func vocabulary() throws {
        let flags = Set(try ReferenceLibrary.shipped.redFlags().map(\.id))
        for symptom in try ReferenceLibrary.shipped.symptoms() {
            #expect(Set(symptom.redFlags).isSubset(of: flags), "\(symptom.key)")
        }
    }
}

@Suite("Reported start of twitching")
struct ReportedStartTests {
    let evaluator = try! ReferenceLibrary.shipped.redFlagEvaluator()

    @Test("A reported start earlier than the first logged episode begins the count")
    func reportedStart() {
        let today = LocalDate(iso: "2026-11-24")!
        let episodes = (0..<5).map {
            Episode(
                startedAt: Timestamp(localDate: today.adding(days: -$0), secondsOfDay: 36_000, utcOffsetSeconds: 0),
                site: .eyelidLeft,
                kind: .twitch
            )
        }
        func ids(_ starts: [String: LocalDate]) -> [String] {
            evaluator.evaluate(
                .init(
                    episodes: episodes,
                    symptoms: [],
                    acknowledgements: [],
                    today: today,
                    now: Timestamp(localDate: today, secondsOfDay: 82_800, utcOffsetSeconds: 0).epochSeconds,
                    reportedStarts: starts
                )
            ).map(\.flag.id)
        }
        #expect(ids([:]).isEmpty)
        #expect(ids(["eyelids": today.adding(days: -14)]).isEmpty)
        #expect(ids(["eyelids": today.adding(days: -15)]) == ["RF01_twitch_2wk"])
        #expect(ids(["legs_feet": today.adding(days: -30)]).isEmpty)
    }

    @Test("A reported start doesn't reach across a gap to today's count")
    func reportedStartAcrossGap() {
        let today = LocalDate(iso: "2026-11-24")!
        let at = { (date: String) in
            Episode(
                startedAt: Timestamp(localDate: LocalDate(iso: date)!, secondsOfDay: 36_000, utcOffsetSeconds: 0),
                site: .eyelidLeft,
                kind: .twitch
            )
        }
        let found = evaluator.evaluate(
            .init(
                episodes: [at("2026-06-01"), at("2026-11-20"), at("2026-11-24")],
                symptoms: [],
                acknowledgements: [],
                today: today,
                now: Timestamp(localDate: today, secondsOfDay: 82_800, utcOffsetSeconds: 0).epochSeconds,
                reportedStarts: ["eyelids": LocalDate(iso: "2026-05-30")!]
            )
        )
        #expect(found.isEmpty)
    }

    @Test("RF27 counts only signs from after the acid reducer was started")
    func ppiStart() {
        let today = LocalDate(iso: "2026-11-24")!
        let old = LoggedSymptom(key: "palpitations", at: Timestamp(iso8601: "2024-03-01T10:00:00Z")!)
        let found = evaluator.evaluate(
            .init(
                episodes: [],
                symptoms: [old],
                acknowledgements: [],
                today: today,
                now: Timestamp(localDate: today, secondsOfDay: 82_800, utcOffsetSeconds: 0).epochSeconds,
                acidReducers: [Medicine(name: "omeprazole", schedule: .daily([28_800]), startDate: LocalDate(iso: "2026-11-20")!)]
            )
        )
        #expect(found.isEmpty)
    }
}
