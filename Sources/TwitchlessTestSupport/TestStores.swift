public import TwitchlessStore
public import Foundation

/// Fresh databases for tests.
public enum TestStores {
    /// A new, empty SQLite file in its own temporary folder.
    public static func temporaryFile() -> (url: URL, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder.appendingPathComponent("twitchless.sqlite"), folder)
    }

    /// Opens a store on a new temporary file.
    public static func open() async throws -> (store: TwitchlessStore, url: URL) {
        let (url, _) = temporaryFile()
        return (try await TwitchlessStore.open(.sqliteFile(url.path)), url)
    }
}
