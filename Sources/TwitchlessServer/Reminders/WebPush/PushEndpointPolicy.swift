import Foundation
import TwitchlessCore

#if canImport(Glibc)
import Glibc
#endif

/// Which push endpoints the server will send to. A browser gives the endpoint, so it could name any address: only
/// `https` endpoints whose every address (after DNS) is on the public internet are taken, never loopback, private,
/// link-local, shared or reserved ones, unless the host is on the allow-list (`--push-allow host:port`, for testing).
struct PushEndpointPolicy: Sendable {
    /// "host:port" entries taken as they are, `http` included.
    var allowed: Set<String> = []

    /// The endpoint as a URL, when the server may send to it.
    /// - Throws: `invalidInput` saying what is wrong with it.
    func check(_ text: String) throws(TwitchlessError) -> URL {
        guard text.count <= 2048, let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
            url.user == nil, url.password == nil
        else {
            throw .invalidInput("The browser gave a push address that isn't one.", fix: "Please turn notifications on again.")
        }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        if allowed.contains("\(host):\(port)") { return url }
        guard scheme == "https" else {
            throw .invalidInput("The browser's push address is not encrypted (https).", fix: "Please use a browser with standard push notifications.")
        }
        let addresses = Self.resolve(host, port: port)
        guard !addresses.isEmpty else {
            throw .invalidInput(
                "The browser's push address, \(host), can't be found.",
                fix: "Please check the connection and turn notifications on again."
            )
        }
        guard addresses.allSatisfy(Self.isPublic) else {
            throw .invalidInput(
                "The browser's push address, \(host), is not on the public internet, so nothing is sent to it.",
                fix: "Please use a browser with standard push notifications."
            )
        }
        return url
    }

    /// Every address `host` resolves to: 4 bytes for IPv4, 16 for IPv6.
    static func resolve(_ host: String, port: Int) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [[UInt8]] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry?.pointee {
            if info.ai_family == AF_INET, let address = info.ai_addr {
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    withUnsafeBytes(of: pointer.pointee.sin_addr) { addresses.append(Array($0)) }
                }
            } else if info.ai_family == AF_INET6, let address = info.ai_addr {
                address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    withUnsafeBytes(of: pointer.pointee.sin6_addr) { addresses.append(Array($0)) }
                }
            }
            entry = info.ai_next
        }
        return addresses
    }

    /// Whether an address is on the public internet (not in a special-purpose block of RFC 6890 and its updates).
    static func isPublic(_ address: [UInt8]) -> Bool {
        if address.count == 4 { return isPublicIPv4(address) }
        guard address.count == 16 else { return false }
        // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses are judged by their IPv4 address.
        if address[0..<10].allSatisfy({ $0 == 0 }) && address[10] == 0xFF && address[11] == 0xFF { return isPublicIPv4(Array(address[12...])) }
        if address[0..<12] == [0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return isPublicIPv4(Array(address[12...])) }
        if address.allSatisfy({ $0 == 0 }) || address == [UInt8](repeating: 0, count: 15) + [1] { return false }  // :: and ::1
        if address[0] & 0xFE == 0xFC { return false }  // fc00::/7 unique local
        if address[0] == 0xFE && address[1] & 0xC0 == 0x80 { return false }  // fe80::/10 link-local
        if address[0] == 0xFF { return false }  // multicast
        if address[0] == 0x20 && address[1] == 0x01 && address[2] == 0x0D && address[3] == 0xB8 { return false }  // documentation
        if address[0] == 0x01 && address[1] == 0 && address[2..<8].allSatisfy({ $0 == 0 }) { return false }  // 100::/64 discard
        return address[0] & 0xE0 == 0x20  // 2000::/3, global unicast
    }

    static func isPublicIPv4(_ a: [UInt8]) -> Bool {
        switch (a[0], a[1], a[2]) {
        case (0, _, _), (10, _, _), (127, _, _): false
        case (100, 64...127, _): false  // shared address space
        case (169, 254, _): false  // link-local
        case (172, 16...31, _): false
        case (192, 0, 0), (192, 0, 2), (192, 88, 99), (192, 168, _): false
        case (198, 18...19, _), (198, 51, 100), (203, 0, 113): false
        case (224...255, _, _): false  // multicast, reserved, broadcast
        default: true
        }
    }
}
