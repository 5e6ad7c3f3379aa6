import Testing

@testable import TwitchlessCore

/// When reminders are due: at their time, not in quiet hours, not for what is already logged, once a kind a day.
@Suite("Reminder plan")
struct ReminderPlanTests {
    static func hm(_ hours: Int, _ minutes: Int = 0) -> Int { hours * 3600 + minutes * 60 }
    static let open = ReminderPlan.Day(isCheckedIn: false, hasSupplement: false, isTrialDay: false, plannedMagnesium: nil)

    @Test("Due from its time for three hours; not before, not after")
    func window() {
        let settings = ReminderSettings(times: [.checkIn: Self.hm(21)])
        let plan = ReminderPlan()
        #expect(plan.due(settings, day: Self.open, secondsOfDay: Self.hm(20, 59)) == [])
        #expect(plan.due(settings, day: Self.open, secondsOfDay: Self.hm(21)) == [.checkIn])
        #expect(plan.due(settings, day: Self.open, secondsOfDay: Self.hm(23, 59)) == [.checkIn])
        #expect(plan.due(settings, day: Self.open, secondsOfDay: Self.hm(0, 30)) == [])
    }

    @Test("Nothing for what is already done: a check-in, a supplement logged")
    func alreadyDone() {
        let settings = ReminderSettings(times: [.checkIn: Self.hm(9), .magnesium: Self.hm(9), .trial: Self.hm(9)])
        var day = ReminderPlan.Day(isCheckedIn: true, hasSupplement: true, isTrialDay: true, plannedMagnesium: Self.hm(13))
        #expect(ReminderPlan().due(settings, day: day, secondsOfDay: Self.hm(10)) == [])
        day.isCheckedIn = false
        #expect(ReminderPlan().due(settings, day: day, secondsOfDay: Self.hm(10)) == [.checkIn, .trial])
    }

    @Test("Magnesium only on days the planner plans it, at its time when asked; the trial only on trial days")
    func magnesiumAndTrial() {
        var settings = ReminderSettings(times: [.magnesium: Self.hm(8), .trial: Self.hm(8)])
        let plan = ReminderPlan()
        #expect(plan.due(settings, day: Self.open, secondsOfDay: Self.hm(9)) == [])
        var day = Self.open
        day.plannedMagnesium = Self.hm(13, 30)
        day.isTrialDay = true
        #expect(plan.due(settings, day: day, secondsOfDay: Self.hm(9)) == [.magnesium, .trial])
        settings.magnesiumFollowsPlan = true
        #expect(plan.due(settings, day: day, secondsOfDay: Self.hm(9)) == [.trial])
        #expect(plan.due(settings, day: day, secondsOfDay: Self.hm(13, 30)) == [.magnesium])
    }

    @Test("Quiet hours hold a reminder until they end the same day; one that would wait past midnight is not sent")
    func quietHours() {
        let evening = ReminderSettings(times: [.checkIn: Self.hm(22, 30)], quietStart: Self.hm(22), quietEnd: Self.hm(7))
        #expect(evening.isQuiet(Self.hm(23)) && evening.isQuiet(Self.hm(6, 59)) && !evening.isQuiet(Self.hm(7)))
        #expect(ReminderPlan().times(evening, day: Self.open) == [:])
        let morning = ReminderSettings(times: [.checkIn: Self.hm(6)], quietStart: Self.hm(22), quietEnd: Self.hm(7))
        #expect(ReminderPlan().times(morning, day: Self.open) == [.checkIn: Self.hm(7)])
        #expect(ReminderPlan().due(morning, day: Self.open, secondsOfDay: Self.hm(6, 30)) == [])
        #expect(ReminderPlan().due(morning, day: Self.open, secondsOfDay: Self.hm(7)) == [.checkIn])
        let afternoon = ReminderSettings(times: [.checkIn: Self.hm(14)], quietStart: Self.hm(13), quietEnd: Self.hm(15))
        #expect(ReminderPlan().times(afternoon, day: Self.open) == [.checkIn: Self.hm(15)])
    }

    @Test("Times as people write them")
    func timesOfDay() {
        #expect(FriendlyTime.timeOfDay("21:15") == Self.hm(21, 15))
        #expect(FriendlyTime.timeOfDay(" 9pm ") == Self.hm(21))
        #expect(FriendlyTime.timeOfDay("7:30 am") == Self.hm(7, 30))
        #expect(FriendlyTime.timeOfDay("25:99") == nil && FriendlyTime.timeOfDay("soon") == nil)
    }
}
