package import TwitchlessCore
package import TwitchlessIO
import TwitchlessStore

/// days.csv and episodes.csv, in the formats the CSV import reads, so an export can be imported again unchanged.
package enum CSVExporting {
    package struct Outcome: Sendable {
        /// One row per checked-in day, with its supplemental magnesium.
        package var days: [DayRecord]
        package var episodes: [Episode]
        /// Days with supplements logged but no check-in: days.csv has no row for them.
        package var daysLeftOut: Int
        /// The two files' text.
        package var daysCSV: String { DaysCSV.write(days) }
        package var episodesCSV: String { EpisodesCSV.write(episodes) }
    }

    package static func export(context: AppContext) async throws(TwitchlessError) -> Outcome {
        let (days, totals, episodes) = try await context.read { session in
            let days = try await session.allOwnDayLogs().filter(\.isTracked)
            let wide = LocalDate.earliestLoggable...LocalDate(year: 9999, month: 12, day: 31)!
            return (days, try await session.supplementTotals(in: wide), try await session.allEpisodes())
        }
        let tracked = Set(days.map(\.date))
        let records = days.map { day -> DayRecord in
            DayRecord(day: day, supplementMagnesium: CSVImportPlan.StoredDay(day: day, loggedSupplements: totals[day.date]).exportedMagnesium)
        }
        return Outcome(days: records, episodes: episodes, daysLeftOut: totals.keys.filter { !tracked.contains($0) }.count)
    }
}
