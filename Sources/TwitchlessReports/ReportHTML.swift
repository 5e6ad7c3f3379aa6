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

    /// A table with a caption, column headers and rows of text cells (the first cell of a row is its header).
    static func table(caption: String, headers: [String], rows: [[String]], numeric: Set<Int> = []) -> HTML {
        var html: HTML = "<table><caption>\(caption)</caption><thead><tr>"
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
        return html + "</tbody></table>"
    }
}
