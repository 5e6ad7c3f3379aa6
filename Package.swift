// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "twitchless",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "twitchless", targets: ["twitchless"]),
        .library(name: "TwitchlessCore", targets: ["TwitchlessCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // Pure domain: models, units, magnesium math, life-stage lookups. No I/O.
        .target(name: "TwitchlessCore", swiftSettings: swiftSettings),
        // File formats: the CSV codec, days.csv and episodes.csv; the streaming Apple Health reader; backups.
        .target(
            name: "TwitchlessIO",
            dependencies: [
                "TwitchlessCore", "SystemZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // The system's zlib, for the zip entry's CRC-32 (ZIPFoundation's own on Linux runs a byte at a time).
        .systemLibrary(name: "SystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The sourced reference tables, shipped as resources and loaded into Core values.
        .target(
            name: "TwitchlessReference",
            dependencies: ["TwitchlessCore", "TwitchlessIO"],
            resources: [.copy("Data")],
            swiftSettings: swiftSettings
        ),
        // Storage: one SQLKit schema and store, on sqlite-kit and postgres-kit.
        .target(
            name: "TwitchlessStore",
            dependencies: [
                "TwitchlessCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Application services the CLI and the server share: a person's context, day summaries, safety review, trials.
        .target(
            name: "TwitchlessApp",
            dependencies: ["TwitchlessCore", "TwitchlessIO", "TwitchlessReference", "TwitchlessStore", "TwitchlessReports"],
            swiftSettings: swiftSettings
        ),
        // The web app and JSON API: Hummingbird 2, server-rendered pages, accounts, metrics.
        .target(
            name: "TwitchlessServer",
            dependencies: [
                "TwitchlessCore", "TwitchlessIO", "TwitchlessReference", "TwitchlessStore", "TwitchlessReports", "TwitchlessApp",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        // The doctor report: HTML with inline SVG charts.
        .target(name: "TwitchlessReports", dependencies: ["TwitchlessCore"], swiftSettings: swiftSettings),
        // The command-line app.
        .executableTarget(
            name: "twitchless",
            dependencies: [
                "TwitchlessCore", "TwitchlessIO", "TwitchlessReference", "TwitchlessStore", "TwitchlessReports", "TwitchlessApp", "TwitchlessServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // In-process benchmark of the food search (not part of the test suite).
        .executableTarget(
            name: "twitchless-bench",
            dependencies: ["TwitchlessCore", "TwitchlessIO", "TwitchlessReference"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TwitchlessTestSupport",
            dependencies: [
                "TwitchlessCore", "TwitchlessReference", "TwitchlessStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TwitchlessCoreTests", dependencies: ["TwitchlessCore", "TwitchlessTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TwitchlessIOTests",
            dependencies: [
                "TwitchlessIO", "TwitchlessReference", "TwitchlessTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwitchlessReferenceTests",
            dependencies: ["TwitchlessReference", "TwitchlessIO", "TwitchlessTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwitchlessStoreTests",
            dependencies: ["TwitchlessStore", "TwitchlessTestSupport", .product(name: "SQLKit", package: "sql-kit")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwitchlessAppTests",
            dependencies: ["TwitchlessApp", "TwitchlessCore", "TwitchlessIO", "TwitchlessStore", "TwitchlessReference", "TwitchlessTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwitchlessReportsTests",
            dependencies: ["TwitchlessReports", "TwitchlessReference", "TwitchlessTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwitchlessServerTests",
            dependencies: [
                "TwitchlessServer", "TwitchlessApp", "TwitchlessCore", "TwitchlessStore", "TwitchlessReference", "TwitchlessReports",
                "TwitchlessIO", "TwitchlessTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TwitchlessCLITests", dependencies: ["twitchless", "TwitchlessTestSupport"], swiftSettings: swiftSettings),
    ]
)
