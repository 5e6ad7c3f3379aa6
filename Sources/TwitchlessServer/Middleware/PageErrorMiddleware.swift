import Hummingbird
import Logging
import TwitchlessCore

/// Pages answer errors with a calm HTML page (and send people who need to sign in to the sign-in page);
/// the API answers with problem documents. Errors that aren't Twitchless's become a plain 500, logged with the request id.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let error as TwitchlessError {
            if error.code == .internalFailure || error.code == .unavailable {
                context.logger.error("request failed", metadata: ["code": "\(error.code)", "cause": "\(String(describing: error.cause))"])
            }
            if isAPI { return Problem.response(error) }
            if error.code == .unauthorized { return .redirect(to: "/login", type: .found) }
            return Pages.error(error, context: context)
        } catch let error as HTTPError {
            let wrapped = TwitchlessError(
                error.status == .notFound ? .notFound : error.status.code == 413 ? .payloadTooLarge : error.status.code < 500 ? .badRequest : .internalFailure,
                error.status == .notFound ? "There is nothing at this address." : error.body ?? error.status.reasonPhrase,
                fix: error.status == .notFound ? "Check the address, or start from Today." : nil
            )
            if error.status.code >= 500 { context.logger.error("request failed", metadata: ["error": "\(error)"]) }
            return isAPI ? Problem.response(wrapped) : Pages.error(wrapped, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            let wrapped = TwitchlessError(.internalFailure, "Something went wrong on the server, so nothing was changed.",
                                          fix: "Please try again. If it keeps happening, tell the person who runs this server (request \(context.id)).")
            return isAPI ? Problem.response(wrapped) : Pages.error(wrapped, context: context)
        }
    }
}
