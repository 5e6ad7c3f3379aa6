import HTTPTypes
import Hummingbird

/// Headers every response carries: no framing, no sniffing, no scripts but the app's own, no referrer leaks.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; script-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.referrerPolicyHeader] == nil { response.headers[.referrerPolicyHeader] = "same-origin" }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicyHeader = Self("Referrer-Policy")!
    static let idempotencyKey = Self("Idempotency-Key")!
    static let clearSiteData = Self("Clear-Site-Data")!
}
