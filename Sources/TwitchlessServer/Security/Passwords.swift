import HummingbirdBcrypt
import NIOPosix

/// Password hashing with bcrypt, off the event loop (it is slow on purpose).
enum Passwords {
    static let minimumLength = 10

    static func hash(_ password: String, cost: UInt8) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
