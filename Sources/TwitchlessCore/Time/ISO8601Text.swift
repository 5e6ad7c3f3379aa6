/// A lenient reader for the ISO 8601 forms people and other apps write.
public enum ISO8601Text {
    /// The parts of an ISO 8601 date-time; `offset` is nil when the text gave none.
    public struct Parsed: Sendable, Equatable {
        public var date: LocalDate
        public var secondsOfDay: Int
        public var offset: Int?
    }

    /// Parses "YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM|±HHMM|±HH]" (a space may replace the T).
    public static func parse(_ raw: String) -> Parsed? {
        let text = raw.trimmingWhitespace()
        guard text.count >= 16 else { return nil }
        let chars = Array(text)
        guard let date = LocalDate(iso: String(chars[0..<10])), chars[10] == "T" || chars[10] == "t" || chars[10] == " " else { return nil }
        var index = 11
        func number(_ width: Int) -> Int? {
            guard index + width <= chars.count else { return nil }
            let slice = chars[index..<index + width]
            guard slice.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            index += width
            return Int(String(slice))
        }
        guard let hour = number(2), index < chars.count, chars[index] == ":" else { return nil }
        index += 1
        guard let minute = number(2) else { return nil }
        var second = 0
        if index < chars.count, chars[index] == ":" {
            index += 1
            guard let s = number(2) else { return nil }
            second = s
            if index < chars.count, chars[index] == "." || chars[index] == "," {
                index += 1
                let start = index
                while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
                guard index > start else { return nil }
            }
        }
        guard hour < 24 || (hour == 24 && minute == 0 && second == 0), minute < 60, second < 60 else { return nil }
        var offset: Int?
        if index < chars.count {
            let sign = chars[index]
            if sign == "Z" || sign == "z" {
                offset = 0
                index += 1
            } else if sign == "+" || sign == "-" {
                index += 1
                guard let oh = number(2) else { return nil }
                var om = 0
                if index < chars.count, chars[index] == ":" { index += 1 }
                if index < chars.count {
                    guard let m = number(2) else { return nil }
                    om = m
                }
                guard oh <= 18, om < 60 else { return nil }
                offset = (sign == "-" ? -1 : 1) * (oh * 3600 + om * 60)
            } else {
                return nil
            }
        }
        guard index == chars.count else { return nil }
        return Parsed(date: date, secondsOfDay: hour * 3600 + minute * 60 + second, offset: offset)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    public func trimmingWhitespace() -> String {
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
