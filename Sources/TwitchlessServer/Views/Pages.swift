import Foundation
import Hummingbird
import NIOCore
import TwitchlessCore
import TwitchlessReference

/// Page responses.
enum Pages {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func page(_ title: String, context: AppRequestContext, current: String = "", body: String, status: HTTPResponse.Status = .ok) -> Response {
        html(
            Layout.page(title: title, navigation: .init(isSignedIn: context.user != nil, current: current, csrf: context.csrfToken), body: body),
            status: status
        )
    }

    static func error(_ error: TwitchlessError, context: AppRequestContext) -> Response {
        var body = "<h1>That didn't work</h1><p class=\"error\" role=\"alert\">\(HTML.escape(error.message))</p>"
        body += NextStepLink.fixHTML(error.fix, next: error.next)
        body += "<p>Your data is safe. <a href=\"/\">Back to Today</a></p>"
        return page("Something went wrong", context: context, body: body, status: Problem.status(for: error.code))
    }

    /// A form field with its label and hint, tied together for screen readers. `id` defaults to the name
    /// (give one when two forms on a page share a field name). With `failed`, the field shows what was sent
    /// and is described by the form's error too.
    static func field(
        _ name: String,
        id: String? = nil,
        label: String,
        hint: String? = nil,
        type: String = "text",
        value: String = "",
        attributes: String = "",
        failed: FormState? = nil
    ) -> String {
        let id = id ?? name
        let hintID = hint.map { _ in "\(id)-hint" }
        let value = failed?.value(for: name, default: value) ?? value
        var html = "<label for=\"\(id)\">\(HTML.escape(label))"
        if let hint, let hintID { html += "<span class=\"hint\" id=\"\(hintID)\">\(HTML.escape(hint))</span>" }
        html += "</label><input id=\"\(id)\" name=\"\(name)\" type=\"\(type)\" value=\"\(HTML.escape(value))\""
        html += describedBy(hintID, failed)
        return html + " \(attributes)>"
    }

    /// A select with its label; `options` are (value, label). With `failed`, the choice sent is selected.
    static func select(
        _ name: String,
        id: String? = nil,
        label: String,
        hint: String? = nil,
        options: [(String, String)],
        selected: String? = nil,
        failed: FormState? = nil,
        placeholder: String? = nil
    ) -> String {
        let id = id ?? name
        let hintID = hint.map { _ in "\(id)-hint" }
        let selected = failed?.value(for: name, default: selected ?? "") ?? selected
        var html = "<label for=\"\(id)\">\(HTML.escape(label))"
        if let hint, let hintID { html += "<span class=\"hint\" id=\"\(hintID)\">\(HTML.escape(hint))</span>" }
        html += "</label><select id=\"\(id)\" name=\"\(name)\"\(describedBy(hintID, failed))\(placeholder == nil ? "" : " required")>"
        // A list that starts with no choice made, so nothing is logged by an untouched field.
        if let placeholder { html += "<option value=\"\"\((selected ?? "").isEmpty ? " selected" : "")>\(HTML.escape(placeholder))</option>" }
        for (value, text) in options {
            html += "<option value=\"\(HTML.escape(value))\"\(value == selected ? " selected" : "")>\(HTML.escape(text))</option>"
        }
        return html + "</select>"
    }

    /// ` aria-describedby="…"` naming a field's hint and its form's error, or nothing when it has neither.
    static func describedBy(_ hintID: String?, _ failed: FormState?) -> String {
        if let failed { return failed.describedBy(hint: hintID) }
        return hintID.map { " aria-describedby=\"\($0)\"" } ?? ""
    }

    /// A status message after a change.
    static func message(_ text: String?) -> String {
        text.map { "<p class=\"message\" role=\"status\">\(HTML.escape($0))</p>" } ?? ""
    }

    static func notice(_ notice: Notice) -> String {
        let heading =
            switch notice.severity {
            case .emergency: "Get help now"
            case .urgent: "Please see a doctor soon"
            case .warning: "Worth knowing"
            case .info: "Note"
            }
        var html = "<div class=\"notice \(notice.severity.rawValue)\" role=\"\(notice.severity >= .urgent ? "alert" : "note")\"><h3>\(heading)</h3>"
        html += "<p>\(callLinks(HTML.escape(notice.message), number: notice.emergencyNumber))</p>"
        html += NextStepLink.fixHTML(notice.fix, next: notice.next)
        if !notice.source.isEmpty { html += "<p class=\"source\">Source: \(HTML.escape(notice.source))</p>" }
        return html + "</div>"
    }

    /// Escaped text with the emergency number as a `tel:` link where the text says to call it ("call 112").
    static func callLinks(_ escaped: String, number: String?) -> String {
        guard let number, !number.isEmpty else { return escaped }
        var output = ""
        var index = escaped.startIndex
        while let range = escaped[index...].range(of: number) {
            let after = range.upperBound < escaped.endIndex ? escaped[range.upperBound] : " "
            let isCalled = escaped[..<range.lowerBound].lowercased().hasSuffix("call ") && !after.isNumber
            output += escaped[index..<range.lowerBound]
            output += isCalled ? "<a href=\"tel:\(number)\" class=\"call\">\(number)</a>" : number
            index = range.upperBound
        }
        return output + escaped[index...]
    }

}
