import Foundation
import TwitchlessReports
import TwitchlessReference
import Hummingbird
import NIOCore
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// The doctor report: choose a period, then download one self-contained HTML file.
struct ReportController {
    let store: TwitchlessStore

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/report", use: page)
        router.get("/report/download", use: download)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await TodayController.personContext(context, store: store)
        let end = person.today
        let body = "<h1>Report for your doctor</h1>"
            + "<p>One file your doctor can read in two minutes: red flags first, then episodes, other symptoms, day factors, magnesium, your products and medicines, and what the evidence says, with every source. It has no scripts and prints on A4 or Letter.</p>"
            + "<form method=\"get\" action=\"/report/download\">"
            + Pages.field("from", label: "First day", type: "date", value: end.adding(days: -89).description, attributes: "required")
            + Pages.field("to", label: "Last day", type: "date", value: end.description, attributes: "required")
            + "<p><button type=\"submit\">Download the report</button></p></form>"
            + "<p class=\"muted\">Open the file in a browser to read or print it.</p>"
        return Pages.page("Report", context: context, current: "/report", body: body)
    }

    func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await TodayController.personContext(context, store: store)
        return try await Self.file(from: request.uri.queryParameters["from"].map(String.init), to: request.uri.queryParameters["to"].map(String.init), context: person)
    }

    /// The report for a period as an HTML download (default: the 90 days up to today).
    /// - Throws: `invalidInput` for dates that can't be read, a period that ends before it starts, or one longer than ten years.
    static func file(from: String?, to: String?, context: AppContext) async throws -> Response {
        func given(_ text: String?) -> String? { text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        let end = try FriendlyTime.parseDate(given(to) ?? "today", today: context.today)
        let start = try given(from).map { try FriendlyTime.parseDate($0, today: context.today) } ?? end.adding(days: -89)
        guard start <= end else {
            throw TwitchlessError.invalidInput("The report would end (\(end)) before it starts (\(start)).", fix: "Please choose a first day before the last day.")
        }
        guard start.days(until: end) < 3660 else {
            throw TwitchlessError.invalidInput("A report can cover at most ten years.", fix: "Please choose a shorter period.")
        }
        let html = try await DoctorReportLoader.make(context: context, period: start...end).html()
        return Response(status: .ok, headers: [
            .contentType: "text/html; charset=utf-8",
            .contentDisposition: "attachment; filename=\"twitchless-report-\(context.today).html\"",
        ], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
