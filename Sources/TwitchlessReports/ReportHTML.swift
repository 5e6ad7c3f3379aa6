/// Small helpers for writing HTML by hand, safely.
package enum ReportHTML {
    /// Escapes text for element content and attribute values.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A table with a caption, column headers and rows of text cells (the first cell of a row is its header). It sits in a
    /// region of its own that scrolls sideways when a phone is narrower than the table, so the page itself never does;
    /// the region can be reached and scrolled from the keyboard and is named by the caption.
    static func table(caption: String, headers: [String], rows: [[String]], numeric: Set<Int> = []) -> HTML {
        var html: HTML = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(caption)\">"
        html += "<table><caption>\(caption)</caption><thead><tr>"
        for (index, header) in headers.enumerated() {
            let cls: HTML = numeric.contains(index) ? " class=\"num\"" : ""
            html += "<th scope=\"col\"\(cls)>\(header)</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let cls: HTML = numeric.contains(index) ? " class=\"num\"" : ""
                html += index == 0 ? "<th scope=\"row\"\(cls)>\(cell)</th>" : "<td\(cls)>\(cell)</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }
}
