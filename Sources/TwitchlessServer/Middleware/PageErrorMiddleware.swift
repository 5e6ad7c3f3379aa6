import Hummingbird
import Logging
import TwitchlessCore

/// Pages answer errors with a calm HTML page (and send people who need to sign in to the sign-in page). Errors that
/// aren't Twitchless's become a plain 500, logged with the request id. (The API's errors are problem documents, made
/// by `ProblemMiddleware` before they get here.)
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as TwitchlessError {
            Self.log(error, context: context)
            if error.code == .unauthorized { return .redirect(to: "/login", type: .found) }
            return Pages.error(error, context: context)
        } catch {
            return Pages.error(Self.wrapped(error, context: context), context: context)
        }
    }

    /// Logs a failure of the server's own (storage, or something inside), with its cause; the person's mistakes are not logged.
    static func log(_ error: TwitchlessError, context: Context) {
        guard error.code == .internalFailure || error.code == .unavailable else { return }
        context.logger.error("request failed", metadata: ["code": "\(error.code)", "cause": "\(String(describing: error.cause))"])
    }

    /// Any other error in Twitchless's words: an HTTP error by its status, anything else a logged 500.
    static func wrapped(_ error: any Error, context: Context) -> TwitchlessError {
        if let error = error as? HTTPError {
            if error.status.code >= 500 { context.logger.error("request failed", metadata: ["error": "\(error)"]) }
            return TwitchlessError(
                error.status == .notFound
                    ? .notFound : error.status.code == 413 ? .payloadTooLarge : error.status.code < 500 ? .badRequest : .internalFailure,
                error.status == .notFound ? "There is nothing at this address." : error.body ?? error.status.reasonPhrase,
                fix: error.status == .notFound ? "Check the address, or start from Today." : nil
            )
        }
        context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        return TwitchlessError(
            .internalFailure,
            "Something went wrong on the server, so nothing was changed.",
            fix: "Please try again. If it keeps happening, tell the person who runs this server (request \(context.id))."
        )
    }
}

/// The API answers every error with an RFC 9457 problem document, in the same plain words as the pages.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as TwitchlessError {
            PageErrorMiddleware.log(error, context: context)
            return Problem.response(error)
        } catch {
            var wrapped = PageErrorMiddleware.wrapped(error, context: context)
            if wrapped.code == .notFound { wrapped.fix = "The API's routes are listed in its description at /api/v1/openapi.json." }
            return Problem.response(wrapped)
        }
    }
}
