import Foundation
import Hummingbird
import NIOCore
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// Downloads from the Import and export page: the CSV files (which import again unchanged), a calendar of
/// magnesium times and check-ins, and a FHIR bundle for a clinician's system.
struct ExportController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/export/days.csv", use: daysCSV)
        router.get("/export/episodes.csv", use: episodesCSV)
        router.get("/export/calendar.ics", use: calendar)
        router.get("/export/fhir.json", use: fhir)
        router.get("/export/backup", use: backup)
        router.get("/export/all.zip", use: everything)
    }

    func backup(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let outcome = try await PersonBackup.make(context: person)
        return Self.download(outcome.data, type: "application/x-ndjson", name: "twitchless-\(person.today).twitchless-backup")
    }

    func everything(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let outcome = try await DataDownload.everything(context: person)
        return Self.download(outcome.zip, type: "application/zip", name: outcome.name)
    }

    func daysCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let outcome = try await CSVExporting.export(context: person)
        return Self.download(outcome.daysCSV, type: "text/csv; charset=utf-8", name: "twitchless-days-\(person.today).csv")
    }

    func episodesCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let outcome = try await CSVExporting.export(context: person)
        return Self.download(outcome.episodesCSV, type: "text/csv; charset=utf-8", name: "twitchless-episodes-\(person.today).csv")
    }

    func calendar(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let query = request.uri.queryParameters
        let checkIn = try query["check_in"].map(String.init).flatMap(InputText.given).map { text in
            try DateRange.clock(text, what: "check-in time")
        }
        let outcome = try await CalendarExporting.export(
            .init(
                from: query["from"].map(String.init).flatMap(InputText.given),
                to: query["to"].map(String.init).flatMap(InputText.given),
                checkIn: checkIn
            ),
            context: person
        )
        return Self.download(outcome.text, type: "text/calendar; charset=utf-8", name: "twitchless-\(person.today).ics")
    }

    func fhir(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        let query = request.uri.queryParameters
        let dates = try DateRange.past(
            from: query["from"].map(String.init),
            to: query["to"].map(String.init),
            maximumDays: FHIRExporting.maximumDays,
            what: "export",
            context: person
        )
        let outcome = try await FHIRExporting.export(dates: dates, context: person)
        return Self.download(outcome.json, type: "application/fhir+json; charset=utf-8", name: "twitchless-fhir-\(dates.upperBound).json")
    }

    /// A file to save, never cached (it holds health data).
    static func download(_ text: String, type: String, name: String) -> Response {
        download(Data(text.utf8), type: type, name: name)
    }

    static func download(_ bytes: Data, type: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}
