import Foundation
import Hummingbird
import NIOCore
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// Page responses.
enum Pages {
    static func html(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }

    static func page(_ title: String, context: AppRequestContext, current: String = "", body: HTML, status: HTTPResponse.Status = .ok) -> Response {
        html(
            Layout.page(
                title: title,
                navigation: .init(isSignedIn: context.user != nil, current: current, csrf: context.csrfToken, theme: context.theme),
                body: body
            ),
            status: status
        )
    }

    static func error(_ error: TwitchlessError, context: AppRequestContext) -> Response {
        var body: HTML = "<h1>That didn't work</h1><p class=\"error\" role=\"alert\">\(error.message)</p>"
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
        attributes: HTML = "",
        failed: FormState? = nil
    ) -> HTML {
        let id = id ?? name
        let hintID = hint.map { _ in "\(id)-hint" }
        let value = failed?.value(for: name, default: value) ?? value
        var html: HTML = "<label for=\"\(id)\">\(label)"
        if let hint, let hintID { html += "<span class=\"hint\" id=\"\(hintID)\">\(hint)</span>" }
        html += "</label><input id=\"\(id)\" name=\"\(name)\" type=\"\(type)\" value=\"\(value)\""
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
        placeholder: String? = nil,
        attributes: HTML = ""
    ) -> HTML {
        let id = id ?? name
        let hintID = hint.map { _ in "\(id)-hint" }
        let selected = failed?.value(for: name, default: selected ?? "") ?? selected
        var html: HTML = "<label for=\"\(id)\">\(label)"
        if let hint, let hintID { html += "<span class=\"hint\" id=\"\(hintID)\">\(hint)</span>" }
        html += "</label><select id=\"\(id)\" name=\"\(name)\"\(describedBy(hintID, failed))\(placeholder == nil ? "" : " required")\(attributes)>"
        // A list that starts with no choice made, so nothing is logged by an untouched field.
        if let placeholder { html += "<option value=\"\"\((selected ?? "").isEmpty ? " selected" : "")>\(placeholder)</option>" }
        for (value, text) in options {
            html += "<option value=\"\(value)\"\(value == selected ? " selected" : "")>\(text)</option>"
        }
        return html + "</select>"
    }

    /// ` aria-describedby="…"` naming a field's hint and its form's error, or nothing when it has neither.
    static func describedBy(_ hintID: String?, _ failed: FormState?) -> HTML {
        if let failed { return failed.describedBy(hint: hintID) }
        return hintID.map { " aria-describedby=\"\($0)\"" } ?? ""
    }

    /// A status message after a change.
    static func message(_ text: String?) -> HTML {
        text.map { "<p class=\"message\" role=\"status\">\($0)</p>" } ?? ""
    }

    static func notice(_ notice: Notice) -> HTML {
        let heading =
            switch notice.severity {
            case .emergency: "Get help now"
            case .urgent: "Please see a doctor soon"
            case .warning: "Worth knowing"
            case .info: "Note"
            }
        var html: HTML =
            "<div class=\"notice \(notice.severity.rawValue)\" role=\"\(notice.severity >= .urgent ? "alert" : "note")\"><h3>\(heading)</h3>"
        html += "<p>\(callLinks(notice.message, number: notice.emergencyNumber))</p>"
        html += NextStepLink.fixHTML(notice.fix, next: notice.next)
        if !notice.source.isEmpty { html += "<p class=\"source\">Source: \(SourceLinks.html(notice.source))</p>" }
        return html + "</div>"
    }

    /// Text with the emergency number as a `tel:` link where the text says to call it ("call 112").
    static func callLinks(_ text: String, number: String?) -> HTML {
        guard let number, !number.isEmpty else { return "\(text)" }
        var output = HTML()
        var index = text.startIndex
        while let range = text[index...].range(of: number) {
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            let isCalled = text[..<range.lowerBound].lowercased().hasSuffix("call ") && !after.isNumber
            output += "\(String(text[index..<range.lowerBound]))"
            output += isCalled ? "<a href=\"tel:\(number)\" class=\"call\">\(number)</a>" : "\(number)"
            index = range.upperBound
        }
        return output + "\(String(text[index...]))"
    }

}
