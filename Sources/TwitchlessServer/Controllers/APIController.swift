import Crypto
import Foundation
import Hummingbird
import NIOCore
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The JSON API under /api/v1: everything the pages do, for scripts and apps, with personal API tokens.
struct APIController {
    let store: TwitchlessStore

    /// Registers every API route on the `/api/v1` group and returns them as "METHOD /api/v1/path" with {parameters},
    /// as the OpenAPI document names them.
    @discardableResult
    func addRoutes(to api: some RouterMethods<AppRequestContext>) -> [String] {
        var registered: [String] = []
        func add(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Response) {
            api.on(RouterPath(path), method: method, use: handler)
            let documented = path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
            registered.append("\(method.rawValue) /api/v1/\(documented)")
        }
        add(.get, "openapi.json", openAPI)
        add(.get, "today", today)
        add(.get, "episodes", listEpisodes)
        add(.post, "episodes", createEpisode)
        add(.get, "episodes/:id", getEpisode)
        add(.patch, "episodes/:id", editEpisode)
        add(.delete, "episodes/:id", deleteEpisode)
        add(.get, "days/:date", getDay)
        add(.put, "days/:date", putDay)
        add(.delete, "days/:date", deleteDay)
        add(.get, "notices", notices)
        add(.get, "history", history)
        add(.get, "foods", searchFoods)
        add(.get, "food-intakes", listFoodIntakes)
        add(.post, "food-intakes", logFood)
        add(.patch, "food-intakes/:id", editFoodIntake)
        add(.delete, "food-intakes/:id", deleteFoodIntake)
        add(.get, "supplement-intakes", listSupplementIntakes)
        add(.post, "supplement-intakes", logSupplement)
        add(.patch, "supplement-intakes/:id", editSupplementIntake)
        add(.delete, "supplement-intakes/:id", deleteSupplementIntake)
        add(.get, "symptoms", listSymptoms)
        add(.post, "symptoms", logSymptom)
        add(.patch, "symptoms/:id", editSymptom)
        add(.delete, "symptoms/:id", removeSymptom)
        add(.get, "products", listProducts)
        add(.post, "products", createProduct)
        add(.get, "products/:id", getProduct)
        add(.put, "products/:id", replaceProduct)
        add(.delete, "products/:id", deleteProduct)
        add(.get, "magnesium/forms", magnesiumForms)
        add(.get, "magnesium/schedule", magnesiumSchedule)
        add(.get, "medicines", listMedicines)
        add(.post, "medicines", createMedicine)
        add(.put, "medicines/:name", replaceMedicine)
        add(.delete, "medicines/:name", deleteMedicine)
        add(.post, "notices/:id/acknowledge", acknowledgeNotice)
        add(.get, "analysis/triggers", analyzeTriggers)
        add(.post, "trial/design", designTrial)
        add(.post, "trial", startTrial)
        add(.get, "trial", currentTrial)
        add(.post, "trial/stop", stopTrial)
        add(.get, "trial/report", trialReport)
        add(.get, "profile", getProfile)
        add(.put, "profile", putProfile)
        add(.get, "report", downloadReport)
        add(.get, "backup", downloadBackup)
        add(.get, "tokens", listTokens)
        add(.post, "tokens", createToken)
        add(.delete, "tokens/:id", deleteToken)
        add(.post, "imports/apple-health", importAppleHealth)
        return registered
    }

    // MARK: JSON shapes

    /// A list: one page of items, and the cursor of the next page (null on the last).
    struct Page<Item: Encodable>: Encodable {
        var items: [Item]
        @Nullable var nextCursor: String?
    }

    struct TokenJSON: Encodable {
        var id: APITokenID
        var name: String
        var createdAt: String
        @Nullable var token: String?
    }

    // MARK: Handlers

    func person(_ context: AppRequestContext) async throws -> AppContext {
        try await context.person(store)
    }

    func openAPI(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json", .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json))
        )
    }

    func today(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let cached = try await (context.personCache ?? PersonCache()).today(for: try context.requireUser(), context: person)
        return try Self.json(DayDocument(cached.summary, episodes: cached.episodes, notices: cached.notices))
    }

    func listEpisodes(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let limitText = request.uri.queryParameters["limit"].map(String.init)
        let limit =
            try limitText.map { text -> Int in
                guard let value = Int(text), (1...100).contains(value) else {
                    throw TwitchlessError.invalidInput("limit must be a whole number from 1 to 100, not \"\(text)\".")
                }
                return value
            } ?? 50
        let cursor = try request.uri.queryParameters["cursor"].map { try Cursor.decode(String($0)) }
        let (items, hasMore) = try await EpisodeList.page(after: cursor, limit: limit, context: person)
        let next = hasMore ? items.last.map { Cursor.encode(startedAt: $0.episode.startedAt.epochSeconds, id: $0.id) } : nil
        return try Self.json(Page(items: items.map(EpisodeDocument.init), nextCursor: next))
    }

    static let episodeFields: Set<String> = ["site", "kind", "started_at", "intensity", "duration_seconds", "pain", "note"]

    func createEpisode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: Self.episodeFields)
        let outcome = try await EpisodeLogging.log(
            .init(
                site: try object.string("site"),
                kind: try object.string("kind"),
                at: try object.string("started_at"),
                intensity: try object.integer("intensity"),
                durationSeconds: try object.integer("duration_seconds"),
                pain: try object.integer("pain"),
                note: try object.string("note")
            ),
            // The API says nothing about red flags here (GET /api/v1/notices does), so the episode is stored in one statement.
            review: [],
            context: person
        )
        return try Self.json(EpisodeDocument(outcome.stored), status: outcome.isAdded ? .created : .ok)
    }

    func getEpisode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let stored = try await EpisodeList.episode(id: try context.recordID(), context: person)
        return try Self.json(EpisodeDocument(stored))
    }

    func editEpisode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let id: EpisodeID = try context.recordID()
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: Self.episodeFields.union(["ended_at"]))
        var changes = EpisodeEditing.Changes()
        changes.site = try object.requiredString("site")
        changes.kind = try object.requiredString("kind")
        changes.at = try object.requiredString("started_at")
        changes.endedAt = try object.requiredString("ended_at")
        changes.intensity = try object.integerChange("intensity")
        changes.durationSeconds = try object.integerChange("duration_seconds")
        changes.pain = try object.integerChange("pain")
        changes.note = try object.stringChange("note")
        let outcome = try await EpisodeEditing.edit(id, changes, context: person)
        return try Self.json(EpisodeDocument(outcome.stored))
    }

    func deleteEpisode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        _ = try await EpisodeRemoval.remove(.id(try context.recordID()), context: person)
        return Response(status: .noContent)
    }

    func getDay(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let date = try Self.date(context)
        let log = try await DayCheckIn.day(date, context: person)
        return try Self.json(CheckInDocument(date: date, log: log))
    }

    func putDay(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let date = try Self.date(context)
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: Set(DayFactor.allCases.map(\.column)))
        var values: [DayFactor: String] = [:]
        var cleared: Set<DayFactor> = []
        for factor in DayFactor.allCases {
            if object.isNull(factor.column) {
                cleared.insert(factor)
            } else if factor.isYesNo {
                if let value = try object.bool(factor.column) { values[factor] = value ? "yes" : "no" }
            } else if let value = try object.number(factor.column) {
                values[factor] = DecimalText.exact(value)
            }
        }
        let outcome = try await DayCheckIn.save(.init(date: date.description, values: values, cleared: cleared), context: person)
        return try Self.json(CheckInDocument(date: date, log: outcome.log))
    }

    func deleteDay(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        _ = try await DayCheckIn.remove(date: try Self.date(context).description, context: person)
        return Response(status: .noContent)
    }

    func notices(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let notices = try await SafetyReview.notices(context: person)
        return try Self.json(Page(items: notices, nextCursor: nil))
    }

    func listTokens(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let tokens = try await store.accounts { try await $0.apiTokens(userID: user.id) }.filter { $0.revokedAt == nil }
        return try Self.json(Page(items: tokens.map { TokenJSON(id: $0.id, name: $0.name, createdAt: $0.createdAt, token: nil) }, nextCursor: nil))
    }

    func createToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: ["name"])
        guard let name = try object.string("name")?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty, name.count <= 80 else {
            throw TwitchlessError.invalidInput("Please give the token a name (up to 80 characters).", fix: "Send {\"name\": \"phone shortcut\"}.")
        }
        let token = Tokens.random()
        let created = store.nowText()
        let stored = try await store.accounts {
            try await $0.createAPIToken(userID: user.id, name: name, tokenHash: Tokens.hash(token), createdAt: created)
        }
        var response = try Self.json(TokenJSON(id: stored.id, name: stored.name, createdAt: stored.createdAt, token: token))
        response.status = .created
        return response
    }

    func deleteToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id: APITokenID = try context.recordID()
        let revoked = store.nowText()
        guard try await store.accounts({ try await $0.revokeAPIToken(id: id, userID: user.id, at: revoked) }) else {
            throw TwitchlessError(.notFound, "There is no token with this id.", fix: "List your tokens with GET /api/v1/tokens.")
        }
        return Response(status: .noContent)
    }

    /// An Apple Health export as the request body (the zip or the XML), streamed to a file and imported.
    func importAppleHealth(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let originText = request.uri.queryParameters["magnesium_from"].map(String.init)
        let origin = try originText.map { text -> MagnesiumOrigin in
            guard let origin = MagnesiumOrigin(rawValue: text) else {
                throw TwitchlessError.invalidInput("magnesium_from must be food or supplement, not \"\(text)\".")
            }
            return origin
        }
        let key = try Self.idempotencyKey(request)
        let file = try TemporaryUpload()
        defer { file.remove() }
        var bytes: Int64 = 0
        var hash = SHA256()
        hash.update(data: Array("POST \(request.uri.description)\n".utf8))
        for try await buffer in request.body {
            bytes += Int64(buffer.readableBytes)
            guard bytes <= TemporaryUpload.maximumBytes else {
                throw TwitchlessError(.payloadTooLarge, "The file is larger than this server accepts (16 GB).", fix: "Nothing was imported.")
            }
            try file.write(buffer.readableBytesView)
            if key != nil { hash.update(data: Array(buffer.readableBytesView)) }
        }
        guard let key else { return try Self.json(try await UploadImport.importFile(file.path, origin: origin, context: person)) }
        // The export is read before its key is reserved, so the reservation covers only the write.
        let reading = try await UploadImport.read(file.path, origin: origin, context: person)
        let requestHash = hash.finalize().map { String(format: "%02x", $0) }.joined()
        let answer = try await KeyedRequest.run(store: store, owner: person.owner, key: key, requestHash: requestHash) {
            (200, try Self.encode(try await UploadImport.store(reading, origin: origin, context: person)))
        }
        return Response(
            status: .init(code: answer.status),
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: answer.body))
        )
    }

    // MARK: Helpers

    static func idempotencyKey(_ request: Request) throws -> String? {
        guard let key = request.headers[.idempotencyKey] else { return nil }
        guard (1...200).contains(key.count), key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw TwitchlessError.invalidInput("The Idempotency-Key must be 1 to 200 visible ASCII characters.", fix: "Use a random UUID.")
        }
        return key
    }

    static func date(_ context: AppRequestContext) throws -> LocalDate {
        let text = try context.parameters.require("date")
        guard let date = LocalDate(iso: text) else {
            throw TwitchlessError.invalidInput("\"\(text)\" is not a date we can use.", fix: "Use a date like 2026-11-24.")
        }
        try LocalDate.checkLoggable(date, what: "date")
        return date
    }

    static func encode(_ value: some Encodable) throws -> String {
        try JSONDocument.encode(value)
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: try encode(value))))
    }
}

/// Opaque cursors for pagination: where the last page ended.
enum Cursor {
    static func encode(startedAt: Int64, id: EpisodeID) -> String {
        Data("\(startedAt):\(id)".utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }

    static func decode(_ text: String) throws -> (startedAt: Int64, id: EpisodeID) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let plain = String(data: data, encoding: .utf8),
            let colon = plain.firstIndex(of: ":"), let startedAt = Int64(plain[..<colon])
        else {
            throw TwitchlessError.invalidInput(
                "This cursor is not one the API gave out.",
                fix: "Use next_cursor from the previous page, or leave it out to start again."
            )
        }
        return (startedAt, EpisodeID(String(plain[plain.index(after: colon)...])))
    }
}
