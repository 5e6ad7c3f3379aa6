import Foundation
public import TwitchlessCore

/// Where the database lives.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file.
    case sqliteFile(String)
    /// A private in-memory SQLite database (tests).
    case memory
    /// A PostgreSQL database, by its URL (`postgres://user:password@host:5432/database`).
    case postgres(url: String)

    /// Where the data is, with any password left out.
    public var description: String {
        switch self {
        case .sqliteFile(let path): path
        case .memory: ":memory:"
        case .postgres(let url): Self.redacted(url)
        }
    }

    /// The URL without its password.
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url.range(of: "@", options: .backwards) else { return url }
        let credentials = url[scheme.upperBound..<at.lowerBound]
        let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return String(url[..<scheme.upperBound]) + user + String(url[at.lowerBound...])
    }

    /// Resolves `--database`, then `$TWITCHLESS_DATABASE`, then the user data folder.
    /// - Throws: `invalidInput` for a URL scheme Twitchless does not know.
    public static func resolve(flag: String?, environment: [String: String]) throws(TwitchlessError) -> (location: DatabaseLocation, isDefault: Bool)
    {
        if let value = flag ?? environment["TWITCHLESS_DATABASE"], !value.trimmingWhitespace().isEmpty {
            return (try parse(value.trimmingWhitespace(), environment: environment), false)
        }
        return (.sqliteFile(defaultPath(environment: environment)), true)
    }

    static func parse(_ value: String, environment: [String: String]) throws(TwitchlessError) -> DatabaseLocation {
        let lower = value.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") { return .postgres(url: value) }
        if lower.hasPrefix("sqlite://") { return .sqliteFile(expand(String(value.dropFirst(9)), environment)) }
        if lower.hasPrefix("sqlite:") { return .sqliteFile(expand(String(value.dropFirst(7)), environment)) }
        if lower.contains("://") {
            throw TwitchlessError(
                .invalidInput,
                "\"\(value)\" is not a database location we understand.",
                fix:
                    "Give a path to an SQLite file, like ~/twitchless.sqlite, or a PostgreSQL URL, like postgres://twitchless@localhost:5432/twitchless."
            )
        }
        return .sqliteFile(expand(value, environment))
    }

    static func expand(_ path: String, _ environment: [String: String]) -> String {
        var result = path
        if result == "~" || result.hasPrefix("~/"), let home = environment["HOME"] {
            result = home + result.dropFirst()
        }
        if !result.hasPrefix("/") {
            result = FileManager.default.currentDirectoryPath + "/" + result
        }
        return result
    }

    /// `$XDG_DATA_HOME/twitchless/twitchless.sqlite`, else `~/.local/share/twitchless/twitchless.sqlite`
    /// (on macOS, `~/Library/Application Support/Twitchless/twitchless.sqlite`).
    public static func defaultPath(environment: [String: String]) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        #if os(macOS)
        return home + "/Library/Application Support/Twitchless/twitchless.sqlite"
        #else
        let base = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        return base + "/twitchless/twitchless.sqlite"
        #endif
    }
}
