import Foundation
import NIOCore
import TwitchlessCore

/// A private temporary file for an upload, removed when the request ends.
final class TemporaryUpload {
    /// The largest upload accepted (Apple Health exports of several gigabytes are common).
    static let maximumBytes: Int64 = 16 << 30

    let path: String
    private let handle: FileHandle

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("twitchless-upload-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw TwitchlessError(.unavailable, "The server has no room for the upload.", fix: "Please tell the person who runs this server.")
        }
        self.handle = handle
    }

    func write(_ bytes: ByteBufferView) throws {
        try handle.write(contentsOf: Data(bytes))
    }

    func remove() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }
}
