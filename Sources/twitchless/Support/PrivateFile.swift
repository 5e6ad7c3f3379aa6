import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Files and folders with a person's health data in them, readable by their owner alone whatever the umask: files
/// 0600, written whole (a temporary file in the same folder, renamed over the old one), new folders 0700 (a folder
/// that already exists keeps its mode).
enum PrivateFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent().path
        let temporary = "\(folder)/.\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).part"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporary)
        }
        // The mode is set again after creating, as the umask may have taken bits away (never added any).
        guard fchmod(descriptor, 0o600) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw Failure(description: String(cString: strerror(errno))) }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
        close(descriptor)
        closed = true
        guard rename(temporary, url.path) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
    }

    /// Creates `url` and any missing folders above it, each new one 0700.
    static func createFolder(_ url: URL) throws {
        var missing: [URL] = []
        var folder = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: folder.path), folder.path != "/" {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for folder in missing.reversed() {
            guard mkdir(folder.path, 0o700) == 0 || errno == EEXIST else { throw Failure(description: String(cString: strerror(errno))) }
            chmod(folder.path, 0o700)
        }
    }
}
