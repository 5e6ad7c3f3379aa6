import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@Suite("Every day factor is stored", .timeLimit(.minutes(2)))
struct DayFactorStorageTests {
    /// A day with every factor at a value of its kind: yes, a whole number, or a decimal.
    static var fullDay: DayLog {
        var day = DayLog(date: LocalDate(iso: "2026-11-20")!)
        for factor in DayFactor.allCases {
            let value: DayFactor.FactorValue =
                factor.isYesNo ? .yesNo(true) : .number(factor.isWholeNumber ? 3 : (factor.range?.upperBound ?? 1) / 4 + 0.25)
            day.set(factor, value)
        }
        return day
    }

    @Test("A day with every factor set reads back the same, then with every factor cleared", arguments: TestStores.Engine.allCases)
    func roundTrip(engine: TestStores.Engine) async throws {
        try await TestStores.with(engine) { store in
            let day = Self.fullDay
            #expect(day.values.count == DayFactor.allCases.count)
            try await store.write(.local) { try await $0.saveDayLogs([day]) }
            let read = try await store.read(.local) { try await $0.dayLog(on: day.date) }
            #expect(read?.values == day.values)
            let cleared = DayLog(date: day.date)
            try await store.write(.local) { try await $0.saveDayLogs([cleared]) }
            #expect(try await store.read(.local) { try await $0.dayLog(on: day.date) }?.values == [:])
        }
    }
}
