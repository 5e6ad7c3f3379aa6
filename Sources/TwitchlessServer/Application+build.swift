import Foundation
public import Hummingbird
public import Logging
import Metrics
import NIOCore
public import Prometheus
import ServiceLifecycle
import TwitchlessCore
public import TwitchlessStore

/// The web app on an open store (its migrations already run): the one application `serve` runs and the tests use.
/// The store runs as a service beside the server and is closed after the server has finished its last request.
/// - Parameter onRunning: called with the address the server listens on (the real port when `settings.port` is 0).
public func buildApplication(
    _ settings: ServerSettings,
    store: TwitchlessStore,
    logger: Logger = Logger(label: "twitchless.server"),
    registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
    onRunning: @escaping @Sendable (String) -> Void = { _ in }
) -> some ApplicationProtocol {
    let pushKeys = PushKeys(store: store, contact: settings.pushContact)
    return Application(
        router: buildRouter(settings, store: store, registry: registry, pushKeys: pushKeys),
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [
                    SlowBodyGuard(
                        window: .seconds(settings.slowClientSeconds),
                        minimumBytesPerSecond: settings.minimumBodyBytesPerSecond,
                        logger: logger
                    )
                ],
                idleTimeout: .seconds(settings.slowClientSeconds)
            )
        ),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Twitchless"),
        services: [
            StoreService(store: store),
            ReminderService(
                dispatcher: ReminderDispatcher(
                    store: store,
                    mail: settings.mail,
                    push: pushKeys,
                    policy: PushEndpointPolicy(allowed: settings.pushAllowed),
                    serverID: UUID().uuidString.lowercased()
                ),
                interval: settings.reminderInterval
            ),
            HousekeepingService(
                store: store,
                interval: settings.housekeepingInterval,
                signInWindowSeconds: settings.signInLimits.windowSeconds,
                logger: logger
            ),
        ] + (settings.backups.map { [BackupService(store: store, backups: $0, logger: logger)] } ?? []),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? settings.port
            onRunning("http://\(settings.host.contains(":") ? "[\(settings.host)]" : settings.host):\(port)")
        },
        logger: logger
    )
}

/// The router: operations routes open to all; the pages, signed in by session cookie, answering errors with pages;
/// the JSON API under `/api/v1`, signed in by token, answering errors with problem documents.
func buildRouter(
    _ settings: ServerSettings,
    store: TwitchlessStore,
    registry: PrometheusCollectorRegistry,
    pushKeys: PushKeys
) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let cache = PersonCache(capacity: settings.cachedPeople)
    router.add(middleware: ClientAddressMiddleware(trustedProxies: settings.trustedProxies))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: RequestLogMiddleware(.debug))
    router.add(middleware: MetricsMiddleware())
    // Pages, and any address nothing else answers: a calm HTML page for every error.
    router.add(middleware: PageErrorMiddleware())
    OperationsController(store: store, registry: registry, metricsToken: settings.metricsToken).addRoutes(to: router)
    AssetsController().addRoutes(to: router)

    let pages = router.group().add(middleware: SessionAuthenticationMiddleware(store: store, settings: settings, cache: cache))
        .add(middleware: IdempotencyMiddleware(store: store, answers: .pages))
    ProblemTypesController().addRoutes(to: pages)
    AccountController(store: store, settings: settings, push: pushKeys, devices: DeviceKeys(store: store)).addRoutes(to: pages)
    LeavingController(store: store, settings: settings).addRoutes(to: pages)
    AppearanceController(settings: settings).addRoutes(to: pages)
    TodayController(store: store).addRoutes(to: pages)
    EpisodeController(store: store).addRoutes(to: pages)
    DayController(store: store).addRoutes(to: pages)
    IntakeEditController(store: store).addRoutes(to: pages)
    IntakeController(store: store).addRoutes(to: pages)
    HistoryController(store: store).addRoutes(to: pages)
    MagnesiumController(store: store).addRoutes(to: pages)
    MedicinesController(store: store).addRoutes(to: pages)
    NoticesController(store: store).addRoutes(to: pages)
    AnalysisController(store: store).addRoutes(to: pages)
    TrialController(store: store).addRoutes(to: pages)
    ReportController(store: store).addRoutes(to: pages)
    ShareController(store: store, settings: settings, keys: DeviceKeys(store: store, name: "share_cookie_key")).addRoutes(to: pages)
    ProfileController(store: store).addRoutes(to: pages)
    GuideController(store: store).addRoutes(to: pages)
    ImportController(store: store).addRoutes(to: pages)
    ExportController(store: store).addRoutes(to: pages)

    let api = router.group("api").add(middleware: ProblemMiddleware())
    let v1 = api.group("v1")
        .add(middleware: TokenAuthenticationMiddleware(store: store, settings: settings, cache: cache))
        .add(middleware: IdempotencyMiddleware(store: store))
    APIController(store: store).addRoutes(to: v1)
    // Any other address under /api is answered as the API answers: with a problem document.
    for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
        api.on("**", method: method) { _, _ -> Response in
            throw TwitchlessError(
                .notFound,
                "There is nothing at this address.",
                fix: "The API's routes are listed in its description at /api/v1/openapi.json."
            )
        }
    }
    return router
}

/// Runs the application until SIGINT or SIGTERM, then finishes the requests in flight, closes the store and returns.
/// The process's metrics report to its `/metrics`.
public func runServer(
    _ settings: ServerSettings,
    store: TwitchlessStore,
    logger: Logger,
    onRunning: @escaping @Sendable (String) -> Void
) async throws {
    let registry = PrometheusCollectorRegistry()
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    try await buildApplication(settings, store: store, logger: logger, registry: registry, onRunning: onRunning).runService()
}

/// Keeps the store open while the server runs, and closes it once the server has stopped (services shut down in
/// the reverse of their start order, and the server starts last).
struct StoreService: Service {
    let store: TwitchlessStore

    func run() async throws {
        try? await gracefulShutdown()
        // When the server fails to start, this task is cancelled: close outside it, so closing isn't cut short.
        await Task { await store.close() }.value
    }
}
