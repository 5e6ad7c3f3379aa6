/// How a chart groups its days: one bar a day up to three months, a week a bar up to two years, a month beyond.
public enum DateGrouping: Sendable, Equatable {
    case day
    case week
    case month

    /// The grouping that keeps a chart of `days` days readable on a phone.
    public static func fitting(days: Int) -> DateGrouping {
        days <= 92 ? .day : days <= 731 ? .week : .month
    }

    /// "day", "week", "month": for "episodes per day, averaged by week".
    public var noun: String {
        switch self {
        case .day: "day"
        case .week: "week"
        case .month: "month"
        }
    }

    /// The consecutive groups of `dates` (oldest first, one per day): index ranges and the dates they span. Weeks
    /// start on Monday; the first and last groups may be partial.
    public func groups(_ dates: [LocalDate]) -> [(indices: Range<Int>, dates: ClosedRange<LocalDate>)] {
        var groups: [(indices: Range<Int>, dates: ClosedRange<LocalDate>)] = []
        var start = 0
        for index in dates.indices {
            let next = index + 1
            let closes =
                next == dates.count
                || {
                    switch self {
                    case .day: true
                    case .week: dates[next].isoWeekday == 1
                    case .month: dates[next].month != dates[index].month || dates[next].year != dates[index].year
                    }
                }()
            if closes {
                groups.append((start..<next, dates[start]...dates[index]))
                start = next
            }
        }
        return groups
    }

    /// The mean of each group's known values; nil for a group with none.
    public static func means(_ values: [Double?], over groups: [(indices: Range<Int>, dates: ClosedRange<LocalDate>)]) -> [Double?] {
        groups.map { group in
            let known = values[group.indices].compactMap { $0 }
            return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
        }
    }
}
