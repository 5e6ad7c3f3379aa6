import Hummingbird
import Logging

/// Logs each request at `level` once it is answered: its method, the route it matched (like
/// `/api/v1/medicines/{name}`, never the values in the path, which can be a medicine's name, a date or the token of an
/// invitation, reset or share link) and the status. The query, the headers and the body are never logged.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let level: Logger.Level

    init(_ level: Logger.Level) { self.level = level }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            log(request, context: context, status: response.status.code)
            return response
        } catch {
            log(request, context: context, status: (error as? any HTTPResponseError)?.status.code)
            throw error
        }
    }

    private func log(_ request: Request, context: Context, status: Int?) {
        context.logger.log(
            level: level,
            "Request",
            metadata: [
                "method": "\(request.method.rawValue)",
                "route": "\(context.endpointPath ?? "no route")",
                "status": "\(status.map(String.init) ?? "error")",
            ]
        )
    }
}
