/// Markup that is safe by construction: the literal parts of an `HTML` string are markup, and every value
/// interpolated into it is escaped, unless it is `HTML` already. So `"<p>\(name)</p>" as HTML` shows a name with a
/// `<script>` in it as text.
package struct HTML: Hashable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup, ready to send.
    package private(set) var markup: String

    package init() { markup = "" }

    package init(stringLiteral value: String) { markup = value }

    package init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    /// Markup that is trusted as it is (a style sheet, a generated chart): never for text people typed.
    package static func trusted(_ markup: String) -> HTML {
        var html = HTML()
        html.markup = markup
        return html
    }

    /// Text, escaped.
    package static func text(_ text: String) -> HTML { trusted(ReportHTML.escape(text)) }

    package var description: String { markup }

    package var isEmpty: Bool { markup.isEmpty }

    /// Whether the markup holds `text` as it is written (for checks on what a page says).
    package func contains(_ text: String) -> Bool { markup.contains(text) }

    package static func + (left: HTML, right: HTML) -> HTML { trusted(left.markup + right.markup) }

    package static func += (left: inout HTML, right: HTML) { left.markup += right.markup }

    package struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        package init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity + interpolationCount * 16) }

        package mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Text: escaped for element content and attribute values.
        package mutating func appendInterpolation(_ text: String) { markup += ReportHTML.escape(text) }

        /// Markup: as it is.
        package mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        /// Markup of each element, one after another.
        package mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { markup += part.markup } }

        /// A number or another value, by its description, escaped.
        package mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) { markup += ReportHTML.escape(value.description) }
    }
}

extension Sequence where Element == HTML {
    /// The parts one after another, with `separator` between them.
    package func joined(separator: HTML = "") -> HTML {
        var result = HTML()
        var first = true
        for part in self {
            if !first { result += separator }
            result += part
            first = false
        }
        return result
    }
}
