import Foundation
public import Hummingbird
import TwitchlessApp
public import TwitchlessCore

/// Errors as RFC 9457 problem documents for the API, with the same plain words the CLI uses.
struct Problem: Encodable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var fix: String?
    /// What to do next, as a structured step (`{"action": "edit_profile", "field": "birth"}`).
    var nextStep: NextStep?

    static func status(for code: TwitchlessError.Code) -> HTTPResponse.Status {
        switch code {
        case .invalidInput: .unprocessableContent
        case .conflict: .conflict
        case .notFound: .notFound
        case .unavailable: .serviceUnavailable
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .tooManyRequests: .tooManyRequests
        case .payloadTooLarge: .contentTooLarge
        case .badRequest: .badRequest
        default: .internalServerError
        }
    }

    /// How long a client is asked to wait before trying a 503 again: about the time a database failover takes.
    static let retryAfterSeconds = 5

    static func response(_ error: TwitchlessError) -> Response {
        let status = status(for: error.code)
        let problem = Problem(error)
        let data = (try? JSONDocument.encoder().encode(problem)) ?? Data("{}".utf8)
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if error.code == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if error.code == .unavailable { headers[.retryAfter] = "\(Self.retryAfterSeconds)" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Problem {
    /// The problem document for an error: its status, its plain words and its next step.
    init(_ error: TwitchlessError) {
        let status = Self.status(for: error.code)
        self.init(
            type: ProblemTypesController.typeReference(error.code),
            title: status.reasonPhrase,
            status: status.code,
            detail: error.message,
            fix: error.fix,
            nextStep: error.next
        )
    }
}

extension TwitchlessError: HTTPResponseError {
    public var status: HTTPResponse.Status { Problem.status(for: code) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Problem.response(self)
    }
}
