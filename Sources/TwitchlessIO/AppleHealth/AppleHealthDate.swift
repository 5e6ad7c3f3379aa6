public import TwitchlessCore

/// The dates in Apple Health exports: "2019-06-17 10:22:33 -0400", and iOS 8's "20150915113529+0200".
///
/// The printed offset is the phone's at export time, so it gives the instant but not the local day.
enum AppleHealthDate {
    /// The instant (seconds since the epoch) and the printed offset, or nil when the text is not such a date.
    static func parse(_ bytes: XMLBytes) -> (epochSeconds: Int64, offset: Int)? {
        let p = bytes.base
        var i = 0
        let n = bytes.count
        func number(_ digits: Int) -> Int? {
            guard i + digits <= n else { return nil }
            var value = 0
            for k in i..<(i + digits) {
                let d = Int(p[k]) - 48
                guard d >= 0, d <= 9 else { return nil }
                value = value * 10 + d
            }
            i += digits
            return value
        }
        func skip(_ byte: UInt8) { if i < n, p[i] == byte { i += 1 } }
        func skipSpaces() { while i < n, p[i] == 0x20 || p[i] == UInt8(ascii: "T") { i += 1 } }
        guard let year = number(4) else { return nil }
        skip(UInt8(ascii: "-"))
        guard let month = number(2) else { return nil }
        skip(UInt8(ascii: "-"))
        guard let day = number(2) else { return nil }
        skipSpaces()
        guard let hour = number(2) else { return nil }
        skip(UInt8(ascii: ":"))
        guard let minute = number(2) else { return nil }
        skip(UInt8(ascii: ":"))
        guard let second = number(2) else { return nil }
        // Fractions of a second, when present, are dropped.
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, p[i] >= 48, p[i] <= 57 { i += 1 }
        }
        skipSpaces()
        var offset = 0
        if i < n, p[i] == UInt8(ascii: "Z") {
            i += 1
        } else {
            guard i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") else { return nil }
            let sign = p[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let hours = number(2) else { return nil }
            skip(UInt8(ascii: ":"))
            guard let minutes = number(2), hours <= 18, minutes < 60 else { return nil }
            offset = sign * (hours * 3_600 + minutes * 60)
        }
        guard i == n, hour < 24, minute < 60, second <= 60,
            let date = LocalDate(year: year, month: month, day: day)
        else { return nil }
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3_600 + minute * 60 + min(second, 59))
        return (local - Int64(offset), offset)
    }
}
