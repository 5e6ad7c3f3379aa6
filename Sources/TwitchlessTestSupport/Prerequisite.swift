public import Testing

/// Something a test needs from the machine (PostgreSQL, Chromium, a Python checker, `../shared`).
public enum Prerequisite {
    /// A prerequisite CI must have but doesn't.
    public struct Missing: Error, CustomStringConvertible {
        public let what: String
        public var description: String { "\(what) is missing, and CI requires it (scripts/test installs and starts everything the tests need)" }
    }

    /// Goes on when `isAvailable`. Otherwise the test is skipped (cancelled, saying what is missing), or, in CI,
    /// where everything must be there, it fails.
    public static func require(_ isAvailable: Bool, _ what: String) throws {
        guard !isAvailable else { return }
        if PackagePaths.isCI { throw Missing(what: what) }
        try Test.cancel("Skipped: \(what) is missing here; scripts/test installs and starts it.")
    }
}
