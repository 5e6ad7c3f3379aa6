import Foundation
import Hummingbird
import NIOCore
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// The doctor report: choose a period, then download one self-contained HTML file.
struct ReportController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/report", use: page)
        router.get("/report/download", use: download)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await response(context: context)
    }

    /// The Report page: the download, then the person's share links (a new one shown once, or the form refused).
    func response(context: AppRequestContext, share: ShareSection.State? = nil) async throws -> Response {
        let person = try await context.person(store)
        let end = person.today
        let body: HTML =
            "<h1>Report for your doctor</h1>"
            + "<p>One file your doctor can read in two minutes: red flags first, then episodes, other symptoms, day factors, magnesium, your products and medicines, and what the evidence says, with every source. It has no scripts and prints on A4 or Letter.</p>"
            + "<form method=\"get\" action=\"/report/download\">"
            + Pages.field("from", label: "First day", type: "date", value: end.adding(days: -89).description, attributes: "required")
            + Pages.field("to", label: "Last day", type: "date", value: end.description, attributes: "required")
            + "<p><button type=\"submit\">Download the report</button></p></form>"
            + "<p class=\"muted\">Open the file in a browser to read or print it.</p>"
            + ShareSection.render(
                try await ShareLinks.list(context: person),
                state: share,
                csrf: context.csrfToken,
                today: end,
                clock: person.clock,
                now: person.now
            )
        var page = Pages.page("Report", context: context, current: "/report", body: body)
        if case .failed(let failed)? = share { page.status = Problem.status(for: failed.error.code) }
        return page
    }

    func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await ReportDownload.response(
            from: request.uri.queryParameters["from"].map(String.init),
            to: request.uri.queryParameters["to"].map(String.init),
            context: person
        )
    }
}
