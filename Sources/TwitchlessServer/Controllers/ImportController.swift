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

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/import", use: page)
        router.post("/import", use: upload)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return Pages.page(
            "Import and export",
            context: context,
            current: "/import",
            body: ImportPage.form(csrf: context.csrfToken, today: person.today)
        )
    }

    func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = type.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count)
        else {
            throw TwitchlessError(.badRequest, "The upload didn't arrive as a file form.", fix: "Use the form on the Import page.")
        }
        let file = try TemporaryUpload()
        defer { file.remove() }
        var fields: [String: String] = [:]
        var currentName: String?
        var fileName: String?
        var fieldBytes: [UInt8] = []
        var fileBytes: Int64 = 0
        var writeError: (any Error)?
        let parser = MultipartParser(boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        parser.onHeader = { name, value in
            guard name.lowercased() == "content-disposition" else { return }
            let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            currentName = parts.first { $0.hasPrefix("name=") }.map {
                String($0.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            if currentName == "export" {
                fileName = parts.first { $0.hasPrefix("filename=") }.map {
                    String($0.dropFirst(9)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                }
            }
        }
        parser.onBody = { buffer in
            if currentName == "export" {
                fileBytes += Int64(buffer.readableBytes)
                if writeError == nil, fileBytes <= TemporaryUpload.maximumBytes {
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
            throw TwitchlessError(
                .badRequest,
                "The upload stopped or was damaged before it finished.",
                fix: "Please try again. Nothing was imported."
            )
        }
        try context.checkCSRF(fields)
        guard fileBytes <= TemporaryUpload.maximumBytes else {
            throw TwitchlessError(.payloadTooLarge, "The file is larger than this server accepts (16 GB).", fix: "Nothing was imported.")
        }
        if let writeError {
            throw TwitchlessError(
                .unavailable,
                "The upload could not be saved on the server.",
                fix: "Please try again later. Nothing was imported.",
                cause: writeError
            )
        }
        guard fileBytes > 0 else {
            throw TwitchlessError.invalidInput(
                "No file was chosen, or it is empty.",
                fix: "Choose the export.zip from the Health app, or a CSV file. Nothing was imported."
            )
        }
        switch try UploadKind.sniff(path: file.path) {
        case .appleHealth:
            let origin = fields["magnesium_from"].flatMap { MagnesiumOrigin(rawValue: $0) }
            let outcome = try await UploadImport.importFile(file.path, origin: origin, context: person)
            return Pages.page("Imported", context: context, current: "/import", body: ImportPage.result(outcome))
        case .backup:
            guard fileBytes <= BackupFormat.maximumBytes else {
                throw TwitchlessError(.payloadTooLarge, "This file is larger than any Twitchless backup.", fix: "Nothing was restored.")
            }
            let counts = try await PersonBackup.restore(try Data(contentsOf: URL(fileURLWithPath: file.path)), context: person)
            return Pages.page("Restored", context: context, current: "/import", body: ImportPage.restored(counts))
        case .csv:
            guard fileBytes <= UploadKind.maximumCSVBytes else {
                throw TwitchlessError(.payloadTooLarge, "This CSV file is larger than 64 MB.", fix: "Import it in parts. Nothing was imported.")
            }
            let name = Self.displayName(fileName)
            let outcome = try await CSVImporting.run([.init(name: name, path: file.path)], update: fields["replace"] == "yes", context: person)
            return Pages.page("Imported", context: context, current: "/import", body: ImportPage.csvResult(outcome))
        }
    }

    /// The uploaded file's name for messages: its last part, without control characters, at most 80 characters.
    static func displayName(_ name: String?) -> String {
        let last = (name ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(NoteText.sanitized(last).filter { $0 != "\n" && $0 != "\t" }.prefix(80))
        return clean.isEmpty ? "The file" : clean
    }
}
