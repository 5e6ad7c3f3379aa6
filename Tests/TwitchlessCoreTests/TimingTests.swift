import Testing
import TwitchlessReference

@testable import TwitchlessCore

@Suite("Medicine timing (POLICIES.md: the window, exactly)")
struct TimingTests {
    static let rules = try! ReferenceLibrary.shipped.interactionRules()
    static let timingRows = rules.filter { $0.kind == .separateTiming }
    let matcher = MedicineMatcher(rules: TimingTests.rules)
    let dose: Int64 = 1_800_000_000

    @Test("Every timing row: an intake just inside the window conflicts, just outside it doesn't", arguments: timingRows)
    func everyRow(rule: InteractionRule) throws {
        let window = try #require(TimingWindow(rules: [rule]))
        #expect(window.conflicts(dose: dose, intake: dose), "the same minute always conflicts")
        if let before = rule.beforeHours {
            let gap = Int64(before * 3600)
            #expect(window.conflicts(dose: dose, intake: dose + gap - 60), "\(rule.id): 1 minute inside 'before'")
            #expect(!window.conflicts(dose: dose, intake: dose + gap), "\(rule.id): exactly 'before' hours after the dose is fine")
        } else {
            #expect(!window.conflicts(dose: dose, intake: dose + 60), "\(rule.id): no gap after the dose")
        }
        if let after = rule.afterHours {
            let gap = Int64(after * 3600)
            #expect(window.conflicts(dose: dose, intake: dose - gap + 60), "\(rule.id): 1 minute inside 'after'")
            #expect(!window.conflicts(dose: dose, intake: dose - gap), "\(rule.id): exactly 'after' hours before the dose is fine")
        } else {
            #expect(!window.conflicts(dose: dose, intake: dose - 60), "\(rule.id): no gap before the dose")
        }
    }

    static let combinedCases: [(String, Double, Double)] = [
        ("ciprofloxacin", 2, 6), ("moxifloxacin", 4, 8), ("levofloxacin", 2, 6), ("Alendronate sodium", 2, 2),
        ("doxycycline hyclate", 2, 6), ("levothyroxine", 4, 4), ("gabapentin", 0, 2), ("atazanavir", 2, 1),
    ]

    @Test("Class and product rows combine to the larger gap on each side", arguments: combinedCases)
    func combined(name: String, before: Double, after: Double) throws {
        let window = try #require(TimingWindow(rules: matcher.match(name).rules))
        #expect(window.beforeSeconds == Int(before * 3600))
        #expect(window.afterSeconds == Int(after * 3600))
    }

    @Test("Names match by whole word and ignore case and salts; brands and unknown names don't match")
    func matching() {
        #expect(matcher.match("DOXYCYCLINE HYCLATE").rules.map(\.id) == ["tetracyclines_ods"])
        #expect(matcher.match("Omeprazole").rules.map(\.id) == ["ppi"])
        #expect(!matcher.match("Fosamax").isKnown)
        #expect(!matcher.match("paracetamol").isKnown)
        #expect(!matcher.match("cipro").isKnown)
    }

    @Test("Risedronate asks which product it is; the choice picks its row")
    func risedronate() throws {
        let ask = matcher.match("risedronate")
        #expect(Set(ask.choices.map(\.id)) == ["risedronate_ir_label", "risedronate_dr_label"])
        let chosen = matcher.match("risedronate", chosen: "risedronate_ir_label")
        #expect(chosen.choices.isEmpty)
        #expect(Set(chosen.rules.map(\.id)) == ["bisphosphonates_ods", "risedronate_ir_label"])
    }

    static let scheduleCases: [(String, MedicineSchedule)] = [
        ("08:00,20:00", .daily([28_800, 72_000])), ("8am", .daily([28_800])),
        ("weekly monday 07:00", .weekly(weekday: 1, time: 25_200)), ("every sunday 9am", .weekly(weekday: 7, time: 32_400)),
        ("monthly 1 07:00", .monthly(day: 1, time: 25_200)),
    ]

    @Test("Schedules", arguments: scheduleCases)
    func schedules(text: String, expected: MedicineSchedule) throws {
        let schedule = try MedicineSchedule(parsing: text)
        #expect(schedule == expected)
        #expect(try MedicineSchedule(parsing: schedule.storageText) == expected)
    }

    @Test("Bad schedules are refused", arguments: ["25:00", "weekly funday 07:00", "monthly 32 07:00", "", "sometimes"])
    func badSchedules(text: String) {
        #expect(throws: TwitchlessError.self) { try MedicineSchedule(parsing: text) }
    }

    @Test("A monthly tablet on the 31st falls on the last day of shorter months")
    func monthEnd() throws {
        let schedule = MedicineSchedule.monthly(day: 31, time: 7 * 3600)
        #expect(schedule.times(on: LocalDate(iso: "2026-02-28")!) == [7 * 3600])
        #expect(schedule.times(on: LocalDate(iso: "2026-02-27")!).isEmpty)
    }

    @Test("Logged intakes inside a window are found, with start and end dates respected")
    func conflicts() throws {
        let clock = try ZonedClock(identifier: "Europe/London")
        let date = LocalDate(iso: "2026-11-20")!
        let thyroid = Medicine(name: "levothyroxine", schedule: .daily([7 * 3600]))
        let course = Medicine(name: "doxycycline", schedule: .daily([9 * 3600]), startDate: date.adding(days: 1))
        let at = { (time: Int) in clock.timestamp(localDate: date, secondsOfDay: time) }
        let intakes = [
            SupplementIntake(productName: "Gly", takenAt: at(10 * 3600 + 59 * 60), servings: 1, elemental: Milligrams(100)),
            SupplementIntake(productName: "Gly", takenAt: at(11 * 3600), servings: 1, elemental: Milligrams(100)),
        ]
        let found = TimingCheck(matcher: matcher).conflicts(medicines: [thyroid, course], intakes: intakes, clock: clock)
        #expect(found.map(\.intake.clockText) == ["10:59"])
        #expect(found.first?.medicine == "levothyroxine")
    }
}

@Suite("Planning magnesium around medicines")
struct PlannerTests {
    let matcher = MedicineMatcher(rules: try! ReferenceLibrary.shipped.interactionRules())
    let policy = try! ReferenceLibrary.shipped.policy()
    let clock = try! ZonedClock(identifier: "Europe/London")
    let date = LocalDate(iso: "2026-11-20")!

    @Test("Levothyroxine at 07:00 leaves 11:00 to 23:00; the suggestion is in the middle")
    func thyroid() {
        let plan = MagnesiumPlanner(matcher: matcher, policy: policy)
            .plan(on: date, medicines: [Medicine(name: "levothyroxine", schedule: .daily([7 * 3600]))], clock: clock)
        #expect(plan.free == [.init(start: 11 * 3600, end: 23 * 3600 + 1)])
        #expect(plan.suggestion == 17 * 3600)
    }

    @Test("When every time is inside a window, the plan says so")
    func none() {
        let plan = MagnesiumPlanner(matcher: matcher, policy: policy).plan(
            on: date,
            medicines: [Medicine(name: "levothyroxine", schedule: .daily([8, 12, 16, 20].map { $0 * 3600 }))],
            clock: clock
        )
        #expect(plan.free.isEmpty)
        #expect(plan.suggestion == nil)
    }

    @Test("Without timing medicines the whole planning day is free")
    func free() {
        let plan = MagnesiumPlanner(matcher: matcher, policy: policy)
            .plan(on: date, medicines: [Medicine(name: "omeprazole", schedule: .daily([8 * 3600]))], clock: clock)
        #expect(plan.free == [.init(start: 6 * 3600, end: 23 * 3600 + 1)])
    }
}

@Suite("Planner edges")
struct PlannerEdgeTests {
    @Test("A medicine with no gap after the dose: the plan starts the minute after it, never on it")
    func noGapSide() throws {
        let plan = MagnesiumPlanner(
            matcher: MedicineMatcher(rules: try ReferenceLibrary.shipped.interactionRules()),
            policy: try ReferenceLibrary.shipped.policy()
        )
        .plan(
            on: LocalDate(iso: "2026-11-20")!,
            medicines: [Medicine(name: "gabapentin", schedule: .daily([12 * 3600]))],
            clock: try ZonedClock(identifier: "UTC")
        )
        // Gabapentin: at least 2 hours after magnesium; magnesium any time after the dose.
        #expect(plan.free.map(\.start) == [6 * 3600, 12 * 3600 + 60])
        #expect(plan.free.first?.end == 10 * 3600 + 1)
    }
}
