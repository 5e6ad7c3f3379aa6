import Foundation
import Hummingbird
import NIOCore
import Prometheus
import TwitchlessStore

/// Liveness, readiness and metrics for whoever runs the server.
struct OperationsController {
    let store: TwitchlessStore
    let registry: PrometheusCollectorRegistry

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

    func metrics(_ request: Request, context: AppRequestContext) async throws -> Response {
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
