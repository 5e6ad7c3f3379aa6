import Foundation
import TwitchlessApp
import TwitchlessCore

/// A one-line progress bar on standard error: bytes read, rate and time left. Drawn at most ten times a second.
final class ProgressBar {
    private let isEnabled: Bool
    private let name: String
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var drewAnything = false

    init(isEnabled: Bool, name: String) {
        self.isEnabled = isEnabled
        self.name = name
    }

    func update(done: Int64, total: Int64) {
        guard isEnabled else { return }
        let now = ContinuousClock.now
        if let last = lastDrawn, now - last < .milliseconds(100), done < total { return }
        lastDrawn = now
        let elapsed = (now - started).seconds
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = "\r\(name)  \(bar) \(Self.bytes(done)) of \(Self.bytes(total)) · \(Self.bytes(Int64(rate)))/s · \(Self.time(left)) left  "
        FileHandle.standardError.write(Data(line.utf8))
        drewAnything = true
    }

    func finish() {
        guard isEnabled, drewAnything else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    static func bytes(_ count: Int64) -> String {
        let value = Double(count)
        if value >= 1e9 { return String(format: "%.2f GB", value / 1e9) }
        if value >= 1e6 { return String(format: "%.1f MB", value / 1e6) }
        if value >= 1e3 { return String(format: "%.0f kB", value / 1e3) }
        return "\(count) bytes"
    }

    static func time(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole >= 60 ? "\(whole / 60) min \(whole % 60) s" : "\(whole) s"
    }
}
