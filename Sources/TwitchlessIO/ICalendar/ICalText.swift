/// The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): escaped TEXT values, content lines folded at 75 octets,
/// CRLF line ends.
public struct ICalText: Sendable {
    /// The most octets of one physical line, without its CRLF.
    static let lineOctets = 75

    public private(set) var lines: [String] = []

    public init() {}

    /// Appends the content line `name[;parameters]:value`, folded as needed.
    public mutating func add(_ name: String, _ value: String, parameters: String = "") {
        lines += Self.fold(name + (parameters.isEmpty ? "" : ";" + parameters) + ":" + value)
    }

    /// Appends a property whose value is TEXT, escaped.
    public mutating func addText(_ name: String, _ text: String) { add(name, Self.escape(text)) }

    /// Every line joined with CRLF, with a final CRLF.
    public var text: String { lines.map { $0 + "\r\n" }.joined() }

    /// A TEXT value with backslash, semicolon, comma and line breaks escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// Splits a content line into physical lines of at most 75 octets, each continuation starting with a space,
    /// never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > lineOctets {
                result.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        result.append(current)
        return result
    }
}
