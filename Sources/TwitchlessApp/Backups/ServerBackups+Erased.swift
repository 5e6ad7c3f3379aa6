package import Foundation
package import TwitchlessStore

extension ServerBackups {
    /// The list of people erased, kept beside the backups (id and time only): a whole-database backup restored from
    /// before someone left is erased again when the server starts with this folder.
    var erasedFile: URL { folder.appendingPathComponent("erased-people.txt") }

    /// Adds erased people to the list.
    package func remember(_ erased: [ErasedOwner]) {
        guard !erased.isEmpty else { return }
        let lines = erased.map { "\($0.owner.rawValue) \($0.erasedAt)\n" }.joined()
        if let handle = FileHandle(forWritingAtPath: erasedFile.path) {
            defer { try? handle.close() }
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(lines.utf8))
            try? handle.synchronize()
        } else {
            FileManager.default.createFile(atPath: erasedFile.path, contents: Data(lines.utf8), attributes: [.posixPermissions: 0o600])
        }
    }

    /// The people erased, from the list.
    package func erased() -> [ErasedOwner] {
        guard let text = try? String(contentsOf: erasedFile, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let at = Int64(parts[1]) else { return nil }
            return ErasedOwner(owner: OwnerID(String(parts[0])), erasedAt: at)
        }
    }
}
