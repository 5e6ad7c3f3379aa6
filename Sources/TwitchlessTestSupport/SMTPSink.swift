public import Foundation

/// A local SMTP server that keeps the messages it receives (Python's aiosmtpd, `Tests/Checkers/smtp_sink.py`).
public final class SMTPSink: Sendable {
    let service: LocalService
    public let port: Int

    /// Whether python3 has aiosmtpd.
    public static var isAvailable: Bool { PythonChecker.hasModules(["aiosmtpd"]) }

    public init() throws {
        service = try LocalService(script: "smtp_sink")
        guard let port = Int(service.greeting) else {
            service.stop()
            throw LocalService.StartError.didNotStart
        }
        self.port = port
    }

    /// The messages received so far, oldest first, as text.
    public func messages() -> [String] { service.files(ending: ".eml") }

    public func stop() { service.stop() }
}
