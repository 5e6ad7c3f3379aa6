import Foundation
import Testing

@testable import TwitchlessCore

/// What a chart and its sentences share: days grouped into weeks and months, dates in words, and each rate ratio read
/// in one direction.
@Suite("Reading charts and figures")
struct ReadingTests {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test("A day a bar up to three months, a week up to two years, a month beyond")
    func fitting() {
        #expect(DateGrouping.fitting(days: 30) == .day)
        #expect(DateGrouping.fitting(days: 92) == .day)
        #expect(DateGrouping.fitting(days: 365) == .week)
        #expect(DateGrouping.fitting(days: 3650) == .month)
    }

    @Test("Weeks start on Monday and months on the 1st; the first and last groups may be partial; means skip unknown days")
    func groups() {
        let first = Self.date("2026-11-26")  // a Thursday
        let dates = (0..<12).map { first.adding(days: $0) }
        let weeks = DateGrouping.week.groups(dates)
        #expect(weeks.map(\.indices) == [0..<4, 4..<11, 11..<12])
        #expect(weeks.map(\.dates.lowerBound) == [first, Self.date("2026-11-30"), Self.date("2026-12-07")])
        let months = DateGrouping.month.groups(dates)
        #expect(months.map(\.dates) == [first...Self.date("2026-11-30"), Self.date("2026-12-01")...Self.date("2026-12-07")])
        let values: [Double?] = [1, nil, 3, nil, nil, nil, nil, nil, nil, nil, nil, 6]
        #expect(DateGrouping.means(values, over: weeks) == [2, nil, 6])
    }

    @Test("Dates in words: no ISO dates where people read")
    func words() {
        #expect(DateWords.day(Self.date("2026-11-24")) == "24 November 2026")
        #expect(DateWords.span(Self.date("2026-09-01"), Self.date("2026-11-19")) == "1 September to 19 November 2026")
        #expect(DateWords.span(Self.date("2025-12-30"), Self.date("2026-01-02")) == "30 December 2025 to 2 January 2026")
        #expect(DateWords.short(Self.date("2026-11-24")) == "24 Nov" && DateWords.short(Self.date("2026-11-24"), year: true) == "24 Nov 2026")
        #expect(DateWords.long(Self.date("2026-11-24"), today: Self.date("2026-12-01")) == "Tuesday 24 November")
        #expect(DateWords.long(Self.date("2025-11-24"), today: Self.date("2026-12-01")) == "Monday 24 November 2025")
        let moment = Timestamp(localDate: Self.date("2026-11-24"), secondsOfDay: 21 * 3600 + 900, utcOffsetSeconds: 3600)
        #expect(DateWords.moment(moment, today: Self.date("2026-11-24")) == "Tuesday 24 November at 21:15")
    }

    @Test("Sleep is read per hour less, so a ratio below 1 per hour more becomes one above 1, with its interval turned too")
    func sleepReading() {
        let perHourMore = TriggerAnalysis.Estimate(rateRatio: 0.85, ciLow: 0.8, ciHigh: 0.9, p: 0.001, pHolm: 0.004)
        let reading = TriggerAnalysis.reading("sleep_hours", perHourMore)
        #expect(reading.label == "An hour less sleep")
        #expect(abs(reading.ratio - 1 / 0.85) < 1e-12 && abs(reading.low - 1 / 0.9) < 1e-12 && abs(reading.high - 1 / 0.8) < 1e-12)
        #expect(reading.isClear && reading.low > 1)
        let caffeine = TriggerAnalysis.reading("caffeine_mg_lag1", .init(rateRatio: 1.1, ciLow: 0.9, ciHigh: 1.3, p: 0.3, pHolm: 1))
        #expect(caffeine.label == "100 mg more caffeine, the day before" && !caffeine.isClear && caffeine.ratio == 1.1)
    }

    @Test("A time in the future is named in words, not as an ISO timestamp")
    func futureInWords() throws {
        let clock = try ZonedClock(identifier: "UTC")
        let now = Date(timeIntervalSince1970: 1_795_543_200)  // 2026-11-24 18:00 UTC
        #expect(throws: TwitchlessError.self) { try FriendlyTime.parse("21:15", now: now, clock: clock) }
        do {
            _ = try FriendlyTime.parse("21:15", now: now, clock: clock)
        } catch {
            #expect(error.message.contains("(Tuesday 24 November at 21:15) is in the future"), "\(error.message)")
            #expect(!error.message.contains("2026-11-24T"))
        }
    }
}
