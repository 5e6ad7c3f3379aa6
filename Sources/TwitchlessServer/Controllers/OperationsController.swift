import Foundation
import Hummingbird
import NIOCore
import Prometheus
import TwitchlessStore

/// Liveness, readiness and metrics for whoever runs the server.
struct OperationsController {
    let store: TwitchlessStore
    let registry: PrometheusCollectorRegistry
    /// The token that lets a scraper elsewhere read `/metrics`; without one, only this computer can.
    var metricsToken: String? = nil

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/health", use: health)
        router.get("/health/ready", use: ready)
        router.get("/metrics", use: metrics)
    }

    /// The process is up.
    func health(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: "{\"status\":\"ok\"}")))
    }

    /// The database answers.
    func ready(_ request: Request, context: AppRequestContext) async throws -> Response {
        do {
            _ = try await store.accounts { try await $0.userCount() }
            return Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: "{\"status\":\"ready\",\"database\":\"\(store.engineKind.rawValue)\"}"))
            )
        } catch {
            return Response(
                status: .serviceUnavailable,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: "{\"status\":\"unavailable\"}"))
            )
        }
    }

    /// Metrics, for this computer (loopback) or a scraper with the metrics token; others are told so (403).
    func metrics(_ request: Request, context: AppRequestContext) async throws -> Response {
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let hasToken = metricsToken.map { token in bearer.map { Tokens.constantTimeEqual($0, token) } ?? false } ?? false
        guard Self.isLoopback(context.clientAddress) || hasToken else {
            return Response(
                status: .forbidden,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(
                    byteBuffer: ByteBuffer(
                        string:
                            "Metrics are served to this computer only, or to a scraper that sends the metrics token this server was started with.\n"
                    )
                )
            )
        }
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// 127.0.0.0/8, ::1, or an IPv4 loopback address written as IPv6.
    static func isLoopback(_ address: String?) -> Bool {
        guard let address else { return false }
        let plain = ClientAddressMiddleware.plain(address)
        return plain == "::1" || plain.hasPrefix("127.")
    }
}
