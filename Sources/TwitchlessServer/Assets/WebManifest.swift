import Foundation

/// The web app manifest: what a phone needs to put Twitchless on its home screen, with shortcuts to the two things
/// people do most.
enum WebManifest {
    static let path = "/manifest.webmanifest"
    /// The icons served, by path: size and whether the system may cut its own shape from it.
    static let icons: [(path: String, size: Int, maskable: Bool)] = [
        ("/icons/icon-192.png", 192, false), ("/icons/icon-512.png", 512, false), ("/icons/maskable-512.png", 512, true),
        ("/icons/apple-touch-icon.png", 180, false),
    ]

    static let json: String = {
        func icon(_ path: String, _ size: Int, _ purpose: String) -> [String: String] {
            ["src": path, "sizes": "\(size)x\(size)", "type": "image/png", "purpose": purpose]
        }
        let small = [icon("/icons/icon-192.png", 192, "any")]
        let manifest: [String: Any] = [
            "id": "/",
            "name": "Twitchless",
            "short_name": "Twitchless",
            "description": "Log twitches and cramps, use magnesium correctly, and see what helps you.",
            "lang": "en",
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#fbfaf7",
            "theme_color": "#2f6b5e",
            "icons": [
                icon("/icons/icon-192.png", 192, "any"), icon("/icons/icon-512.png", 512, "any"),
                icon("/icons/maskable-512.png", 512, "maskable"),
                ["src": "/icons/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"],
            ],
            "shortcuts": [
                ["name": "Log a twitch", "short_name": "Log a twitch", "url": "/log#episode", "icons": small],
                ["name": "Check in", "short_name": "Check in", "url": "/#quick-check-in", "icons": small],
            ],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()
}
