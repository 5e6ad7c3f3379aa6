import Foundation
import Hummingbird

/// The app's own static files, open to all: the script that pages use when JavaScript is on.
struct AssetsController {
    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get(RouterPath(AppScript.path)) { _, _ in
            Self.file(AppScript.source, type: "text/javascript; charset=utf-8")
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
