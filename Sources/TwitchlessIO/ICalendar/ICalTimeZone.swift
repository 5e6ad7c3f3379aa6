import Foundation
public import TwitchlessCore

/// The VTIMEZONE of a zone over a span of dates: its offsets and every change between them (RFC 5545 §3.6.5),
/// found from the system's time zone rules, so events with its TZID keep their wall-clock time across DST.
public enum ICalTimeZone {
    /// The VTIMEZONE lines of `clock`'s zone covering `dates` (with a day to spare each side).
    public static func lines(_ clock: ZonedClock, covering dates: ClosedRange<LocalDate>) -> [String] {
        let zone = clock.timeZone
        func offset(_ epoch: Int64) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epoch))) }
        func isDaylight(_ epoch: Int64) -> Bool { zone.isDaylightSavingTime(for: Date(timeIntervalSince1970: TimeInterval(epoch))) }
        let start = Int64(dates.lowerBound.adding(days: -1).dayNumber) * 86_400
        let end = Int64(dates.upperBound.adding(days: 2).dayNumber) * 86_400
        var text = ICalText()
        text.add("BEGIN", "VTIMEZONE")
        text.add("TZID", clock.name)
        func observance(at epoch: Int64, from: Int, to: Int) {
            let kind = isDaylight(epoch) ? "DAYLIGHT" : "STANDARD"
            text.add("BEGIN", kind)
            // The onset in the wall-clock time in force before it.
            text.add("DTSTART", ICalendarWriter.localText(Timestamp(epochSeconds: epoch, utcOffsetSeconds: from)))
            text.add("TZOFFSETFROM", utcOffsetText(from))
            text.add("TZOFFSETTO", utcOffsetText(to))
            text.add("END", kind)
        }
        var current = offset(start)
        observance(at: start, from: current, to: current)
        var cursor = start
        while cursor < end {
            let next = min(cursor + 86_400, end)
            if offset(next) != current {
                // The first second with the new offset.
                var low = cursor
                var high = next
                while high - low > 1 {
                    let middle = (low + high) / 2
                    if offset(middle) == current { low = middle } else { high = middle }
                }
                let changed = offset(high)
                observance(at: high, from: current, to: changed)
                current = changed
            }
            cursor = next
        }
        text.add("END", "VTIMEZONE")
        return text.lines
    }

    /// "+0100", "-0500", "+0000" (seconds when the offset has them).
    static func utcOffsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let rest = magnitude % 60
        return sign + pad(magnitude / 3600) + pad(magnitude % 3600 / 60) + (rest == 0 ? "" : pad(rest))
    }
}
