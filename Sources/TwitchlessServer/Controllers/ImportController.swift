import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import NIOPosix
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessStore

/// Apple Health exports uploaded from the browser (a form) or the API (the file as the body), streamed to a
/// temporary file and read as the command line reads them. All or nothing: a bad file stores nothing.
struct ImportController {
    let store: TwitchlessStore
    /// The largest upload accepted (Apple Health exports of several gigabytes are common).
    static let maximumUploadBytes: Int64 = 16 << 30

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/import", use: page)
        router.post("/import", use: upload)
    }

    /// What an import found and stored, for the page and the API.
    struct Outcome: Encodable {
        struct TypeCount: Encodable {
            var type: String
            var records: Int
            var days: Int
            @Nullable var first: String?
            @Nullable var last: String?
        }
        var types: [TypeCount]
        var other_records: Int
        var stored: ImportChanges
        @Nullable var magnesium_origin: String?
        var magnesium_skipped: Bool
        var unknown_units: [String: Int]
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try await TodayController.personContext(context, store: store)
        return Pages.page("Import", context: context, current: "/import", body: ImportPage.form(csrf: context.csrfToken))
    }

    func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await TodayController.personContext(context, store: store)
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
              let boundary = type.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count) else {
            throw TwitchlessError(.badRequest, "The upload didn't arrive as a file form.", fix: "Use the form on the Import page.")
        }
        let file = try TemporaryUpload()
        defer { file.remove() }
        var fields: [String: String] = [:]
        var currentName: String?
        var fieldBytes: [UInt8] = []
        var fileBytes: Int64 = 0
        var writeError: (any Error)?
        let parser = MultipartParser(boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        parser.onHeader = { name, value in
            guard name.lowercased() == "content-disposition" else { return }
            currentName = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { $0.hasPrefix("name=") }.map { String($0.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        parser.onBody = { buffer in
            if currentName == "export" {
                fileBytes += Int64(buffer.readableBytes)
                if writeError == nil, fileBytes <= Self.maximumUploadBytes {
                    do { try file.write(buffer.readableBytesView) } catch { writeError = error }
                }
            } else if fieldBytes.count < 4_096 {
                fieldBytes += buffer.readableBytesView
            }
        }
        parser.onPartComplete = {
            if let name = currentName, name != "export" { fields[name] = String(decoding: fieldBytes, as: UTF8.self) }
            currentName = nil
            fieldBytes = []
        }
        do {
            for try await buffer in request.body { try parser.execute(buffer) }
        } catch {
            throw TwitchlessError(.badRequest, "The upload stopped or was damaged before it finished.", fix: "Please try again. Nothing was imported.")
        }
        try context.checkCSRF(fields)
        guard fileBytes <= Self.maximumUploadBytes else {
            throw TwitchlessError(.payloadTooLarge, "The file is larger than this server accepts (16 GB).", fix: "Nothing was imported.")
        }
        if let writeError { throw TwitchlessError(.unavailable, "The upload could not be saved on the server.", fix: "Please try again later. Nothing was imported.", cause: writeError) }
        guard fileBytes > 0 else {
            throw TwitchlessError.invalidInput("No file was chosen, or it is empty.", fix: "Choose the export.zip from the Health app. Nothing was imported.")
        }
        let origin = fields["magnesium_from"].flatMap { MagnesiumOrigin(rawValue: $0) }
        let outcome = try await Self.importFile(file.path, name: fields["filename"] ?? "export", origin: origin, context: person)
        return Pages.page("Import", context: context, current: "/import", body: ImportPage.result(outcome))
    }

    /// Reads an export file off the event loop and stores what it holds for the person; returns what happened.
    static func importFile(_ path: String, name: String, origin given: MagnesiumOrigin?, context: AppContext) async throws -> Outcome {
        let clock = context.clock
        let now = Int64(context.now.timeIntervalSince1970)
        let reading: AppleHealthImport.Reading
        do {
            reading = try await NIOThreadPool.singleton.runIfActive { try AppleHealthImport.read(path: path, clock: clock, now: now) }
        } catch let error as TwitchlessError {
            var error = error
            error.message = error.message.replacingOccurrences(of: (path as NSString).lastPathComponent, with: "The file")
            throw error
        }
        if !reading.unknownUnits.isEmpty {
            let list = reading.unknownUnits.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: "; ")
            throw TwitchlessError.invalidInput("Some records have a unit Twitchless can't convert, so it won't guess: \(list).",
                                               fix: "Nothing was imported. The command line can import the rest: twitchless import apple-health FILE --skip-unknown-units")
        }
        let stored = try await context.read { try await $0.healthMagnesiumOrigin() }
        let origin = given ?? stored
        let hasMagnesium = (reading.tallies[.magnesium]?.days ?? 0) > 0
        let days = HealthDayAggregator.importedDays(reading.days, magnesium: origin)
        let remember = origin != stored ? origin : nil
        let changes = try await context.write { session -> ImportChanges in
            if let remember { try await session.saveHealthMagnesiumOrigin(remember) }
            return try await session.replaceImportedDays(days, source: .appleHealth)
        }
        let kinds: [HealthSample.Kind] = [.sleep, .caffeine, .water, .alcohol, .magnesium, .mindful, .workout]
        return Outcome(
            types: kinds.map { kind in
                let tally = reading.tallies[kind] ?? HealthDayAggregator.Tally()
                return .init(type: kind.rawValue, records: tally.records, days: tally.days, first: tally.first?.description, last: tally.last?.description)
            },
            other_records: reading.otherRecords, stored: changes, magnesium_origin: origin?.rawValue,
            magnesium_skipped: hasMagnesium && origin == nil, unknown_units: reading.unknownUnits
        )
    }
}

/// A private temporary file for an upload, removed when the request ends.
final class TemporaryUpload {
    let path: String
    private let handle: FileHandle

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-upload-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw TwitchlessError(.unavailable, "The server has no room for the upload.", fix: "Please tell the person who runs this server.")
        }
        self.handle = handle
    }

    func write(_ bytes: ByteBufferView) throws {
        try handle.write(contentsOf: Data(bytes))
    }

    func remove() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }
}
