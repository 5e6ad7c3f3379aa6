import Hummingbird
import Logging

/// Logs each request's method and path at `level`, without what could identify a person or open their data: the
/// token in an invitation, reset or share link is left out, and so are the query, the headers and the body.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let level: Logger.Level

    init(_ level: Logger.Level) { self.level = level }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        context.logger.log(level: level, "Request", metadata: ["method": "\(request.method.rawValue)", "path": "\(Self.redacted(request.uri.path))"])
        return try await next(request, context)
    }

    /// The path with the token after `/join/`, `/reset/` or `/s/` replaced by `…`.
    static func redacted(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 2, ["join", "reset", "s"].contains(parts[1]) { parts[2] = "…" }
        return parts.joined(separator: "/")
    }
}
