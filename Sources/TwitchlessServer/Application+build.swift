public import Hummingbird
import NIOCore
public import Logging
import Metrics
public import Prometheus
public import TwitchlessStore

/// Builds the web app on an open store. `serve` passes settings from flags; tests pass their own.
public func buildApplication(_ settings: ServerSettings, store: TwitchlessStore, logger: Logger = Logger(label: "twitchless.server"),
                             registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) -> some ApplicationProtocol {
    Application(
        router: buildRouter(settings, store: store, registry: registry),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Twitchless"),
        logger: logger
    )
}

/// The router with every page, API route and middleware.
public func buildRouter(_ settings: ServerSettings, store: TwitchlessStore,
                        registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: PageErrorMiddleware())
    router.add(middleware: AuthenticationMiddleware(store: store, settings: settings, cache: PersonCache()))
    router.add(middleware: IdempotencyMiddleware(store: store))
    OperationsController(store: store, registry: registry).addRoutes(to: router)
    ProblemTypesController().addRoutes(to: router)
    AccountController(store: store, settings: settings).addRoutes(to: router)
    TodayController(store: store).addRoutes(to: router)
    IntakeController(store: store).addRoutes(to: router)
    HistoryController(store: store).addRoutes(to: router)
    MagnesiumController(store: store).addRoutes(to: router)
    MedicinesController(store: store).addRoutes(to: router)
    NoticesController(store: store).addRoutes(to: router)
    AnalysisController(store: store).addRoutes(to: router)
    TrialController(store: store).addRoutes(to: router)
    ReportController(store: store).addRoutes(to: router)
    ProfileController(store: store).addRoutes(to: router)
    GuideController(store: store).addRoutes(to: router)
    APIController(store: store).addRoutes(to: router)
    ImportController(store: store).addRoutes(to: router)
    return router
}

/// Runs the server until SIGINT or SIGTERM, then finishes the requests in flight and returns.
/// - Parameter onRunning: called with the address the server listens on (the real port when `settings.port` is 0).
public func runServer(_ settings: ServerSettings, store: TwitchlessStore, logger: Logger,
                      onRunning: @escaping @Sendable (String) -> Void) async throws {
    let registry = PrometheusCollectorRegistry()
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    let app = Application(
        router: buildRouter(settings, store: store, registry: registry),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Twitchless"),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? settings.port
            onRunning("http://\(settings.host.contains(":") ? "[\(settings.host)]" : settings.host):\(port)")
        },
        logger: logger
    )
    try await app.runService()
}
