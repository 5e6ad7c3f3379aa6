import Hummingbird
import NIOCore
import TwitchlessApp
import TwitchlessCore
import TwitchlessReports

/// The doctor report as an HTML download, for the Report page and the API.
enum ReportDownload {
    /// The report for a period (default: the 90 days up to today).
    /// - Throws: `invalidInput` for dates that can't be read, a period that ends before it starts, or one longer than ten years.
    static func response(from: String?, to: String?, context: AppContext) async throws -> Response {
        let period = try DateRange.past(from: from, to: to, maximumDays: DoctorReportLoader.maximumDays, what: "report", context: context)
        let html = try await DoctorReportLoader.make(context: context, period: period).html()
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .contentDisposition: "attachment; filename=\"twitchless-report-\(context.today).html\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }
}
