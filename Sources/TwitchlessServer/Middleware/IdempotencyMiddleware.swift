import Foundation
import Hummingbird
import NIOCore
import TwitchlessCore
import TwitchlessStore

/// `Idempotency-Key` on every API POST, and on page forms sent again by the service worker after being made offline:
/// a retried request gets the first answer again instead of acting twice (see `KeyedRequest`). Uploads, whose bodies
/// are streamed, keep their key themselves (the API's) or take none (the import page's).
struct IdempotencyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    /// What the first answer is kept as: the API's JSON, or a page's HTML or the address it sent the browser on to.
    enum Answers {
        case json
        case pages
    }

    let store: TwitchlessStore
    var answers: Answers = .json
    /// Routes that stream their body.
    static let handledByRoute: Set<String> = ["/api/v1/imports/apple-health", "/import"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post, !Self.handledByRoute.contains(request.uri.path),
            let key = try APIController.idempotencyKey(request), let user = context.user
        else {
            return try await next(request, context)
        }
        // The request is read once here and handed on, so its hash can be compared with the first attempt's.
        let body = try await RequestInput.bytes(request, context: context)
        let requestHash = Tokens.hash("\(request.method.rawValue) \(request.uri.description)\n" + String(decoding: body, as: UTF8.self))
        var forwarded = request
        forwarded.body = .init(buffer: ByteBuffer(bytes: body))
        let handled = forwarded
        let answer = try await withoutActuallyEscaping(next) { next in
            let box = NextBox(next: next)
            return try await KeyedRequest.run(store: store, owner: user.owner, key: key, requestHash: requestHash) {
                let response = try await box.next(handled, context)
                if answers == .pages, (300..<400).contains(response.status.code) {
                    return (Int(response.status.code), response.headers[.location] ?? "/")
                }
                let collected = CollectedBody()
                try await response.body.write(BodyCollector(box: collected))
                return (Int(response.status.code), String(buffer: collected.buffer))
            }
        }
        if answers == .pages {
            if (300..<400).contains(answer.status) {
                return Response(status: .init(code: answer.status), headers: [.location: answer.body])
            }
            return Response(
                status: .init(code: answer.status),
                headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: answer.body))
            )
        }
        return Response(
            status: .init(code: answer.status),
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: answer.body))
        )
    }
}

/// The rest of the chain, carried into the keyed request's transaction (which runs it before returning).
private struct NextBox: @unchecked Sendable {
    // Called only within the `withoutActuallyEscaping` scope that made it, by the task handling the request.
    let next: (Request, AppRequestContext) async throws -> Response
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
