import Foundation
import Hummingbird
import NIOCore
import TwitchlessCore
import TwitchlessStore

/// `Idempotency-Key` on every API POST: a retried request gets the first response again instead of acting twice.
///
/// The key is reserved in the database before the request runs (so a retry arriving while the first is still running
/// is told to wait), and the response is stored when it succeeds; a failed request frees its key. Episodes store
/// their response in the same transaction as the episode itself, so they skip this general path.
struct IdempotencyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: TwitchlessStore
    /// Routes that keep their own idempotency inside their write.
    static let handledByRoute: Set<String> = ["/api/v1/episodes"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post, request.uri.path.hasPrefix("/api/v1/"), !Self.handledByRoute.contains(request.uri.path),
              let key = try APIController.idempotencyKey(request), let user = context.user else {
            return try await next(request, context)
        }
        // The request is read once here and handed on, so its hash can be compared with the first attempt's.
        let body = try await RequestInput.bytes(request, context: context)
        let requestHash = Tokens.hash("\(request.method.rawValue) \(request.uri.description)\n" + String(decoding: body, as: UTF8.self))
        let now = store.clock.epochSeconds
        let earlier = try await store.write(user.owner) { session -> IdempotentResponse? in
            if let stored = try await session.idempotentResponse(key: key) { return stored }
            try await session.saveIdempotentResponse(key: key, IdempotentResponse(requestHash: requestHash, status: 0, body: ""), at: now)
            return nil
        }
        if let earlier {
            guard earlier.requestHash == requestHash else {
                throw TwitchlessError(.conflict, "This Idempotency-Key was already used for a different request.", fix: "Use a new key for a new request.")
            }
            guard earlier.status != 0 else {
                throw TwitchlessError(.conflict, "A request with this Idempotency-Key is still being handled.", fix: "Please wait a moment and try again.")
            }
            return Response(status: .init(code: earlier.status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: earlier.body)))
        }
        var forwarded = request
        forwarded.body = .init(buffer: ByteBuffer(bytes: body))
        let response: Response
        do {
            response = try await next(forwarded, context)
        } catch {
            try? await store.write(user.owner) { try await $0.deleteIdempotentResponse(key: key) }
            throw error
        }
        guard (200..<300).contains(response.status.code) else {
            try? await store.write(user.owner) { try await $0.deleteIdempotentResponse(key: key) }
            return response
        }
        var collected = response
        let box = CollectedBody()
        try await response.body.write(BodyCollector(box: box))
        let bytes = box.buffer
        let text = String(buffer: bytes)
        try await store.write(user.owner) { try await $0.completeIdempotentResponse(key: key, status: Int(response.status.code), body: text) }
        collected.body = .init(byteBuffer: bytes)
        return collected
    }
}

/// Holds a response body while it is copied for the idempotency record.
final class CollectedBody: @unchecked Sendable {
    // Written by one BodyCollector within one request task, then read by that same task.
    var buffer = ByteBuffer()
}

/// Writes a response body into memory instead of onto the connection.
struct BodyCollector: ResponseBodyWriter {
    let box: CollectedBody

    mutating func write(_ buffer: ByteBuffer) async throws {
        var copy = buffer
        box.buffer.writeBuffer(&copy)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
