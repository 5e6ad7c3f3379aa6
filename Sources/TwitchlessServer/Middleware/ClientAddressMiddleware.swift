import Foundation
import HTTPTypes
import Hummingbird

/// Finds the client's address: the connection's, or, for a request from a trusted reverse proxy, the nearest address
/// in `X-Forwarded-For` that is not itself a trusted proxy (the ones before it could be written by anyone).
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.clientAddress = Self.client(
            peer: context.remoteAddress,
            forwardedFor: request.headers[values: .xForwardedFor],
            trusted: trustedProxies
        )
        context.fromTrustedProxy = context.remoteAddress.map { trustedProxies.contains(Self.plain($0)) } ?? false
        return try await next(request, context)
    }

    static func client(peer: String?, forwardedFor: [String], trusted: Set<String>) -> String? {
        guard let peer else { return nil }
        guard trusted.contains(plain(peer)) else { return plain(peer) }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { plain($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
        return hops.reversed().first { !trusted.contains($0) } ?? plain(peer)
    }

    /// An IPv4 address written as IPv6 (`::ffff:192.0.2.1`) as IPv4.
    static func plain(_ address: String) -> String {
        address.hasPrefix("::ffff:") ? String(address.dropFirst(7)) : address
    }
}

extension HTTPField.Name {
    static let xForwardedFor = Self("X-Forwarded-For")!
}
