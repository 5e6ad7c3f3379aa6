public import Foundation
public import TwitchlessCore
import ZIPFoundation

/// Writes a zip file in memory from named files.
public enum ZipWriter {
    /// A zip holding `files` (name and bytes, in that order), deflated, each dated `modified`.
    /// - Throws: `internalFailure` if the archive could not be made.
    public static func archive(_ files: [(name: String, bytes: Data)], modified: Date) throws(TwitchlessError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for file in files {
                try archive.addEntry(
                    with: file.name,
                    type: .file,
                    uncompressedSize: Int64(file.bytes.count),
                    modificationDate: modified,
                    permissions: 0o600,
                    compressionMethod: .deflate
                ) { position, size in
                    file.bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw TwitchlessError(.internalFailure, "The download could not be put together.") }
            return data
        } catch let error as TwitchlessError {
            throw error
        } catch {
            throw TwitchlessError(.internalFailure, "The download could not be put together.", fix: "Please try again.", cause: error)
        }
    }
}
