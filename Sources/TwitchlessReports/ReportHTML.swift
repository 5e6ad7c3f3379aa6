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

    /// A table with a caption, column headers and rows of already-escaped cells (first cell is a row header).
    static func table(caption: String, headers: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        var html = "<table><caption>\(escape(caption))</caption><thead><tr>"
        for (index, header) in headers.enumerated() {
            html += "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(escape(header))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let cls = numeric.contains(index) ? " class=\"num\"" : ""
                html += index == 0 ? "<th scope=\"row\"\(cls)>\(cell)</th>" : "<td\(cls)>\(cell)</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }
}
