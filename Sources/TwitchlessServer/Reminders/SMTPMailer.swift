import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import TwitchlessCore

/// Sends one plain-text email over SMTP (RFC 5321): EHLO, AUTH PLAIN when there is a user, MAIL, RCPT, DATA, QUIT.
/// Plain SMTP for a relay, or TLS from the first byte (`smtps`), with the server's certificate checked.
struct SMTPMailer: Sendable {
    let settings: MailSettings
    /// How long one conversation may take.
    var timeout: TimeAmount = .seconds(30)

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func send(to recipient: String, subject: String, body: String, date: Date = Date()) async throws {
        let host = settings.host
        let usesTLS = settings.usesTLS
        let tls = usesTLS ? try NIOSSLContext(configuration: .makeClientConfiguration()) : nil
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls { try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: host)) }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let message = Self.message(from: settings.from, to: recipient, subject: subject, body: body, date: date)
        let settings = settings
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var replies = ReplyReader(iterator: inbound.makeAsyncIterator())
                    try await replies.expect(220, after: "connecting")
                    try await outbound.write(ByteBuffer(string: "EHLO \(Self.helloName)\r\n"))
                    try await replies.expect(250, after: "EHLO")
                    if let user = settings.username {
                        let credentials = Data("\0\(user)\0\(settings.password ?? "")".utf8).base64EncodedString()
                        try await outbound.write(ByteBuffer(string: "AUTH PLAIN \(credentials)\r\n"))
                        try await replies.expect(235, after: "signing in")
                    }
                    try await outbound.write(ByteBuffer(string: "MAIL FROM:<\(Self.address(settings.from))>\r\n"))
                    try await replies.expect(250, after: "MAIL FROM")
                    try await outbound.write(ByteBuffer(string: "RCPT TO:<\(recipient)>\r\n"))
                    try await replies.expect(250, 251, after: "RCPT TO")
                    try await outbound.write(ByteBuffer(string: "DATA\r\n"))
                    try await replies.expect(354, after: "DATA")
                    try await outbound.write(ByteBuffer(string: message + "\r\n.\r\n"))
                    try await replies.expect(250, after: "the message")
                    try await outbound.write(ByteBuffer(string: "QUIT\r\n"))
                    _ = try? await replies.next()
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(Int64(timeout.nanoseconds / 1_000_000_000)))
                throw Failure(description: "the mail server did not answer within \(timeout.nanoseconds / 1_000_000_000) seconds")
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The name this computer gives in EHLO.
    static let helloName: String = {
        let name = ProcessInfo.processInfo.hostName
        return name.isEmpty || name.contains(where: { $0.isWhitespace }) ? "localhost" : name
    }()

    /// The bare address of "Name <address>" or of an address.
    static func address(_ text: String) -> String {
        guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else { return text }
        return String(text[text.index(after: open)..<close])
    }

    /// The message (RFC 5322): headers, a blank line and the body, with CRLF line ends and dot-stuffing (RFC 5321
    /// 4.5.2).
    static func message(from: String, to: String, subject: String, body: String, date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss +0000"
        let headers = [
            "From: \(from)", "To: <\(to)>", "Subject: \(subject)", "Date: \(formatter.string(from: date))",
            "Message-ID: <\(UUID().uuidString.lowercased())@\(address(from).split(separator: "@").last ?? "twitchless")>",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
            "Auto-Submitted: auto-generated",
        ]
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        return (headers + [""] + lines).joined(separator: "\r\n")
    }
}

/// Reads SMTP replies (a code, and lines joined by "-" until the last with a space) from the connection.
struct ReplyReader {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var pending = ""

    /// The next whole reply: its code and text.
    mutating func next() async throws -> (code: Int, text: String) {
        var text: [String] = []
        while true {
            while !pending.contains("\r\n") {
                guard var buffer = try await iterator.next() else {
                    throw SMTPMailer.Failure(description: "the mail server closed the connection")
                }
                pending += buffer.readString(length: buffer.readableBytes) ?? ""
            }
            let range = pending.range(of: "\r\n")!
            let line = String(pending[..<range.lowerBound])
            pending = String(pending[range.upperBound...])
            text.append(String(line.dropFirst(4)))
            guard line.count >= 3, let code = Int(line.prefix(3)) else {
                throw SMTPMailer.Failure(description: "the mail server answered \"\(line.prefix(80))\"")
            }
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " { return (code, text.joined(separator: " ")) }
        }
    }

    mutating func expect(_ codes: Int..., after step: String) async throws {
        let reply = try await next()
        guard codes.contains(reply.code) else {
            throw SMTPMailer.Failure(description: "the mail server refused \(step): \(reply.code) \(reply.text.prefix(160))")
        }
    }
}
