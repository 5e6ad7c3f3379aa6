import Foundation
import TwitchlessReference
import Hummingbird
import NIOCore
import TwitchlessCore

/// Page responses.
enum Pages {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func page(_ title: String, context: AppRequestContext, current: String = "", body: String, status: HTTPResponse.Status = .ok) -> Response {
        html(Layout.page(title: title, navigation: .init(isSignedIn: context.user != nil, current: current, csrf: context.csrfToken), body: body), status: status)
    }

    static func error(_ error: TwitchlessError, context: AppRequestContext) -> Response {
        var body = "<h1>That didn't work</h1><p class=\"error\" role=\"alert\">\(HTML.escape(error.message))</p>"
        if let fix = error.fix { body += "<p>\(HTML.escape(fix))</p>" }
        body += "<p>Your data is safe. <a href=\"/\">Back to Today</a></p>"
        return page("Something went wrong", context: context, body: body, status: Problem.status(for: error.code))
    }

    /// A form field with its label and hint, tied together for screen readers. `id` defaults to the name
    /// (give one when two forms on a page share a field name).
    static func field(_ name: String, id: String? = nil, label: String, hint: String? = nil, type: String = "text", value: String = "",
                      attributes: String = "") -> String {
        let id = id ?? name
        let hintID = "\(id)-hint"
        var html = "<label for=\"\(id)\">\(HTML.escape(label))"
        if let hint { html += "<span class=\"hint\" id=\"\(hintID)\">\(HTML.escape(hint))</span>" }
        html += "</label><input id=\"\(id)\" name=\"\(name)\" type=\"\(type)\" value=\"\(HTML.escape(value))\""
        if hint != nil { html += " aria-describedby=\"\(hintID)\"" }
        return html + " \(attributes)>"
    }

    /// A select with its label; `options` are (value, label).
    static func select(_ name: String, id: String? = nil, label: String, hint: String? = nil, options: [(String, String)], selected: String? = nil) -> String {
        let id = id ?? name
        var html = "<label for=\"\(id)\">\(HTML.escape(label))"
        if let hint { html += "<span class=\"hint\" id=\"\(id)-hint\">\(HTML.escape(hint))</span>" }
        html += "</label><select id=\"\(id)\" name=\"\(name)\"\(hint == nil ? "" : " aria-describedby=\"\(id)-hint\"")>"
        for (value, text) in options {
            html += "<option value=\"\(HTML.escape(value))\"\(value == selected ? " selected" : "")>\(HTML.escape(text))</option>"
        }
        return html + "</select>"
    }

    /// A status message after a change.
    static func message(_ text: String?) -> String {
        text.map { "<p class=\"message\" role=\"status\">\(HTML.escape($0))</p>" } ?? ""
    }

    static func notice(_ notice: Notice) -> String {
        let heading = switch notice.severity {
        case .emergency: "Get help now"
        case .urgent: "Please see a doctor soon"
        case .warning: "Worth knowing"
        case .info: "Note"
        }
        var html = "<div class=\"notice \(notice.severity.rawValue)\" role=\"\(notice.severity >= .urgent ? "alert" : "note")\"><h3>\(heading)</h3>"
        html += "<p>\(HTML.escape(notice.message))</p>"
        if let fix = webFix(notice.fix) { html += "<p>\(HTML.escape(fix))</p>" }
        if !notice.source.isEmpty { html += "<p class=\"source\">Source: \(HTML.escape(notice.source))</p>" }
        return html + "</div>"
    }

    /// A notice's next step in the web app's words: the CLI command for red flags becomes the Notices page.
    static func webFix(_ fix: String?) -> String? {
        guard let fix, let range = fix.range(of: ": twitchless check --talked-to-doctor") else { return fix }
        return fix[..<range.lowerBound] + ", mark it on the Notices page."
    }
}
