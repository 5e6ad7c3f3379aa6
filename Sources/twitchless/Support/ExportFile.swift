import Foundation
import TwitchlessApp
import TwitchlessCore

/// Where an export goes: a file (its folder must exist; written readable by its owner only) or standard output.
struct ExportFile {
    /// The file's URL, or nil for standard output.
    let url: URL?

    /// Checks the `--output` path before anything is read.
    /// - Throws: `unavailable` when the folder does not exist, `invalidInput` when the path is a folder.
    init(path: String?) throws(TwitchlessError) {
        guard let path, path != "-" else {
            url = nil
            return
        }
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .invalidInput(
                "\(url.path) is a folder.",
                fix: "Please give a file name, like \(url.appendingPathComponent("twitchless.json").path)."
            )
        }
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TwitchlessError(
                .unavailable,
                "The folder \(folder.path) doesn't exist, so nothing was written.",
                fix: "Create it first (mkdir -p \"\(folder.path)\"), or choose another file with --output."
            )
        }
        self.url = url
    }

    /// Writes `text` to the file (replacing it in one step) or to standard output.
    /// - Throws: `unavailable` when the file can't be written.
    func write(_ text: String) throws(TwitchlessError) {
        guard let url else {
            Terminal.current.out(text)
            return
        }
        try write(Data(text.utf8), to: url)
    }

    /// Writes `data` to the file (replacing it in one step) or to standard output.
    func write(_ data: Data) throws(TwitchlessError) {
        guard let url else {
            Terminal.current.out(String(decoding: data, as: UTF8.self))
            return
        }
        try write(data, to: url)
    }

    private func write(_ data: Data, to url: URL) throws(TwitchlessError) {
        do {
            try PrivateFile.write(data, to: url)
        } catch {
            throw TwitchlessError(
                .unavailable,
                "The file \(url.path) could not be written.",
                fix: "Check that the folder is writable, or choose another file with --output.",
                cause: error
            )
        }
    }
}
