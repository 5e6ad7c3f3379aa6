import Logging
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request body arrives too slowly: once `window` has passed since a request's head, the
/// body must have come at `minimumBytesPerSecond` on average, or the connection is closed. A client can otherwise hold
/// a connection, and the memory and file it writes to, for hours by sending a byte now and then ("slow POST").
/// Stalls before or between requests are the idle timeout's: this guards only a body that is on its way.
final class SlowBodyGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let window: TimeAmount
    private let minimumBytesPerSecond: Int
    private let logger: Logger
    private var started: NIODeadline?
    private var received = 0
    private var check: Scheduled<Void>?

    init(window: TimeAmount, minimumBytesPerSecond: Int, logger: Logger) {
        self.window = window
        self.minimumBytesPerSecond = minimumBytesPerSecond
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            started = .now()
            received = 0
            schedule(context, in: window)
        case .body(let buffer):
            received += buffer.readableBytes
        case .end:
            stop()
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stop()
    }

    private func stop() {
        started = nil
        check?.cancel()
        check = nil
    }

    private func schedule(_ context: ChannelHandlerContext, in delay: TimeAmount) {
        check?.cancel()
        check = context.eventLoop.assumeIsolated().scheduleTask(in: delay) { [self] in
            self.verify(context)
        }
    }

    /// After the window, checks the average rate every second until the body has ended.
    private func verify(_ context: ChannelHandlerContext) {
        check = nil
        guard let started else { return }
        let seconds = Double((NIODeadline.now() - started).nanoseconds) / 1e9
        if Double(received) < Double(minimumBytesPerSecond) * seconds {
            logger.notice(
                "Closed a connection sending its request body too slowly",
                metadata: ["bytes": "\(received)", "seconds": "\(Int(seconds))"]
            )
            stop()
            context.close(promise: nil)
        } else {
            schedule(context, in: .seconds(1))
        }
    }
}
