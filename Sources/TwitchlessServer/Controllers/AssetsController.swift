import Foundation
import Hummingbird
import NIOCore

/// The app's own static files, open to all: the page script, the service worker, the manifest and the icons.
struct AssetsController {
    /// The icons, drawn once when first asked for.
    static let iconData: [String: Data] = Dictionary(
        uniqueKeysWithValues: WebManifest.icons.map { ($0.path, AppIcon.png(size: $0.size, maskable: $0.maskable)) }
    )

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get(RouterPath(AppScript.path)) { _, _ in
            Self.file(AppScript.source, type: "text/javascript; charset=utf-8")
        }
        // The service worker is checked for a new version on every visit; its scope is the whole site.
        router.get(RouterPath(ServiceWorker.path)) { _, _ in
            var response = Self.file(ServiceWorker.source, type: "text/javascript; charset=utf-8")
            response.headers[.cacheControl] = "no-cache"
            return response
        }
        router.get(RouterPath(WebManifest.path)) { _, _ in
            Self.file(WebManifest.json, type: "application/manifest+json")
        }
        router.get("/icons/icon.svg") { _, _ in
            Self.file(AppIcon.svg, type: "image/svg+xml")
        }
        for icon in WebManifest.icons {
            router.get(RouterPath(icon.path)) { _, _ in
                Response(
                    status: .ok,
                    headers: [.contentType: "image/png", .cacheControl: "public, max-age=86400"],
                    body: .init(byteBuffer: ByteBuffer(bytes: Self.iconData[icon.path] ?? Data()))
                )
            }
        }
    }

    /// A small text file that may be kept for an hour: it changes only with a new version of the server.
    static func file(_ text: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}
