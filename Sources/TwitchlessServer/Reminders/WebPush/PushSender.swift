import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import TwitchlessCore
import TwitchlessStore

/// Sends one Web Push message (RFC 8030): the encrypted payload POSTed to the browser's push service, signed with
/// the server's VAPID key. Redirects are not followed, and the endpoint is checked again just before sending.
struct PushSender: Sendable {
    let vapid: VAPID
    let policy: PushEndpointPolicy
    /// How long the push service keeps the message for a browser that is offline.
    var timeToLive = 12 * 3600

    /// What happened: sent, gone (the browser unsubscribed: forget it), or failed with a reason (try again).
    enum Outcome: Equatable {
        case sent
        case gone
        case failed(String)
    }

    /// The payload the service worker shows: only the reminder's words and where it opens.
    static func payload(_ kind: ReminderKind) -> Data {
        (try? JSONSerialization.data(withJSONObject: ["text": kind.message, "path": kind.path], options: [.sortedKeys])) ?? Data()
    }

    func send(_ kind: ReminderKind, to subscription: PushSubscription, now: Date) async -> Outcome {
        do {
            let endpoint = try policy.check(subscription.endpoint)
            guard let userAgentKey = Base64URL.decode(subscription.p256dh), let secret = Base64URL.decode(subscription.auth) else {
                return .gone
            }
            let body = try WebPushEncryption.encrypt(Self.payload(kind), userAgentPublic: userAgentKey, authSecret: secret)
            var request = HTTPClientRequest(url: endpoint.absoluteString)
            request.method = .POST
            request.headers.add(name: "Authorization", value: try vapid.authorization(for: endpoint, now: now))
            request.headers.add(name: "Content-Encoding", value: "aes128gcm")
            request.headers.add(name: "Content-Type", value: "application/octet-stream")
            request.headers.add(name: "TTL", value: String(timeToLive))
            request.headers.add(name: "Urgency", value: "normal")
            request.body = .bytes(ByteBuffer(bytes: body))
            let client = HTTPClient(
                eventLoopGroupProvider: .singleton,
                configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10), read: .seconds(15)))
            )
            let answer: Result<HTTPClientResponse, any Error>
            do {
                answer = .success(try await client.execute(request, timeout: .seconds(20)))
            } catch {
                answer = .failure(error)
            }
            try? await client.shutdown()
            let response = try answer.get()
            switch response.status.code {
            case 200..<300: return .sent
            case 404, 410: return .gone
            default: return .failed("the push service answered \(response.status.code) \(response.status.reasonPhrase)")
            }
        } catch let error as TwitchlessError {
            return .failed(error.message)
        } catch {
            return .failed("the push service could not be reached (\(error))")
        }
    }
}
