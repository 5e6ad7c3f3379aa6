import Foundation
import Testing

@testable import TwitchlessCore

@Suite("Local dates")
struct LocalDateTests {
    @Test("Day numbers agree with Foundation's Gregorian calendar for every day from 1900 to 2100")
    func dayNumbersMatchFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = LocalDate(year: 1900, month: 1, day: 1)!
        let end = LocalDate(year: 2100, month: 12, day: 31)!
        while date <= end {
            let components = DateComponents(year: date.year, month: date.month, day: date.day)
            let oracle = calendar.date(from: components)!.timeIntervalSince1970 / 86_400
            #expect(Double(date.dayNumber) == oracle)
            #expect(LocalDate(dayNumber: date.dayNumber) == date)
            date = date.adding(days: 1)
        }
    }

    @Test("Invalid dates are refused", arguments: ["2024-02-30", "2023-02-29", "2024-13-01", "24-01-01", "2024-1-1", "today", ""])
    func invalidDates(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test("Weekdays are ISO (Monday = 1)")
    func weekdays() {
        #expect(LocalDate(iso: "2026-11-24")!.isoWeekday == 2)
        #expect(LocalDate(iso: "2026-11-29")!.isoWeekday == 7)
    }
}
