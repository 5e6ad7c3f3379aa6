import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessTestSupport

@testable import TwitchlessServer

#if canImport(Glibc)
import Glibc
#endif

/// Connections that hold the server without finishing a request: a header that never ends, a body a few bytes at a
/// time. Each is closed once the slow-client window has passed (2 s here, 30 s by default), and many of them at once
/// leave the server answering everyone else.
@Suite("Slow and stuck connections", .timeLimit(.minutes(3)))
struct SlowClientTests {
    static let window: Int64 = 2

    /// A server with a 2-second slow-client window on a fresh SQLite store; `body` gets its port.
    static func withServer(_ body: @Sendable (Int) async throws -> Void) async throws {
        let store = try await TestStores.open(.sqlite)
        let settings = ServerSettings(port: 0, bcryptCost: 4, slowClientSeconds: window, minimumBodyBytesPerSecond: 1024)
        try await buildApplication(settings, store: store).test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    @Test("A request header stuck halfway is closed after the window, not before")
    func stuckHeader() async throws {
        try await Self.withServer { port in
            let connection = try RawConnection(port: port)
            let start = ContinuousClock.now
            try connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nAccept: text/")
            let answer = try await connection.readUntilClosed(within: .seconds(15))
            let waited = ContinuousClock.now - start
            #expect(answer.closed, "the stuck connection was still open after 15 s")
            #expect(answer.text.isEmpty, "a half-sent header was answered: \(answer.text)")
            #expect(waited >= .milliseconds(1_500), "closed after \(waited), before the window")
        }
    }

    @Test("A connection idle between requests is closed after the window; one that keeps asking is not")
    func idleBetweenRequests() async throws {
        try await Self.withServer { port in
            let connection = try RawConnection(port: port)
            for _ in 0..<4 {
                try connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
                let answer = try await connection.readResponse(within: .seconds(10))
                #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
                try await Task.sleep(for: .milliseconds(500))
            }
            // What still comes is the rest of the last answer's body, if it came apart from its head: no new answer.
            let idle = try await connection.readUntilClosed(within: .seconds(15))
            #expect(idle.closed, "the idle connection was still open after 15 s")
            #expect(!idle.text.contains("HTTP/1.1"), "the idle connection was answered: \(idle.text)")
        }
    }

    @Test("A body trickling in slower than 1 KB/s is closed; one at 4 KB/s is read to the end and answered")
    func slowBody() async throws {
        try await Self.withServer { port in
            let head = "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            // 16 bytes every 200 ms: 80 B/s.
            let trickle = try RawConnection(port: port)
            try trickle.send(head + "Content-Length: 100000\r\n\r\n")
            var closed = false
            let start = ContinuousClock.now
            while ContinuousClock.now - start < .seconds(15) {
                if (try? trickle.send("email=a%40b.org&")) == nil || trickle.isClosed() {
                    closed = true
                    break
                }
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(closed, "a body sent at 80 B/s was still being taken after 15 s")
            #expect(ContinuousClock.now - start >= .milliseconds(1_500))

            // 800 bytes every 200 ms: 4 KB/s for 4 s, longer than the window.
            let steady = try RawConnection(port: port)
            let part = String(repeating: "x", count: 800)
            try steady.send(head + "Content-Length: \(part.utf8.count * 20)\r\n\r\n")
            for _ in 0..<20 {
                try steady.send(part)
                try await Task.sleep(for: .milliseconds(200))
            }
            let answer = try await steady.readResponse(within: .seconds(10))
            #expect(answer.hasPrefix("HTTP/1.1 "), "a body at 4 KB/s got no answer: \(answer)")
        }
    }

    @Test("300 half-open connections: the server answers others all the while, and closes all 300 after the window")
    func manyStuck() async throws {
        try await Self.withServer { port in
            func timedHealth() async throws -> Duration {
                let start = ContinuousClock.now
                let connection = try RawConnection(port: port)
                try connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                let answer = try await connection.readResponse(within: .seconds(10))
                #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
                return ContinuousClock.now - start
            }
            var before: [Duration] = []
            for _ in 0..<20 { before.append(try await timedHealth()) }
            var stuck: [RawConnection] = []
            for index in 0..<300 {
                let connection = try RawConnection(port: port)
                try connection.send(index.isMultiple(of: 2) ? "GET /today HTTP/1.1\r\nHost: loc" : "POST /login HTTP/1.1\r\n")
                stuck.append(connection)
            }
            var during: [Duration] = []
            for _ in 0..<20 { during.append(try await timedHealth()) }
            print("/health before the 300: median \(before.sorted()[10]); with them open: median \(during.sorted()[10])")
            try await Task.sleep(for: .seconds(Int(Self.window) + 2))
            var open = 0
            for connection in stuck {
                if try await !connection.readUntilClosed(within: .seconds(5)).closed { open += 1 }
            }
            #expect(open == 0, "\(open) of the 300 stuck connections were still open after the window")
        }
    }
}

/// A plain TCP connection to the server on loopback, written and read by hand so a request can stop halfway.
/// Reads poll without blocking, between short sleeps, so they never hold one of the test pool's threads.
final class RawConnection: @unchecked Sendable {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECONNREFUSED)
        }
        var on: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPIPE) }
    }

    /// True once the server has closed its side (a read would return end of file or a reset).
    func isClosed() -> Bool {
        var probe = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&probe, 1, 0) > 0 else { return false }
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) <= 0
    }

    /// What the server sends until it closes the connection, or until `limit` (then `closed` is false).
    func readUntilClosed(within limit: Duration) async throws -> (text: String, closed: Bool) {
        var received: [UInt8] = []
        let start = ContinuousClock.now
        while ContinuousClock.now - start < limit {
            switch readAvailable(into: &received) {
            case .closed: return (String(decoding: received, as: UTF8.self), true)
            case .data: continue
            case .nothing: try await Task.sleep(for: .milliseconds(20))
            }
        }
        return (String(decoding: received, as: UTF8.self), false)
    }

    /// One response's head and whatever of its body has come once the head has ended.
    func readResponse(within limit: Duration) async throws -> String {
        var received: [UInt8] = []
        let start = ContinuousClock.now
        while ContinuousClock.now - start < limit {
            let state = readAvailable(into: &received)
            let text = String(decoding: received, as: UTF8.self)
            if text.contains("\r\n\r\n") || state == .closed { return text }
            if state == .nothing { try await Task.sleep(for: .milliseconds(10)) }
        }
        return String(decoding: received, as: UTF8.self)
    }

    private enum ReadState { case data, nothing, closed }

    private func readAvailable(into received: inout [UInt8]) -> ReadState {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if count > 0 {
            received += buffer[0..<count]
            return .data
        }
        if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { return .closed }
        return .nothing
    }
}
