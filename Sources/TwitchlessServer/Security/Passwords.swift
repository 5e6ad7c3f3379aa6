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

    /// Checks a password for an email with no account against a hash of the same cost, so the answer takes as long
    /// as for an account: the time of a failed sign-in does not tell whether the email has one. Always false.
    static func verifyNobody(_ password: String, cost: UInt8) async throws -> Bool {
        _ = try await verify(password, hash: await Decoy.shared.hash(cost: cost))
        return false
    }

    /// One hash of a random password per cost, made when first needed.
    actor Decoy {
        static let shared = Decoy()
        private var hashes: [UInt8: String] = [:]

        func hash(cost: UInt8) async throws -> String {
            if let hash = hashes[cost] { return hash }
            let hash = try await Passwords.hash(Tokens.random(), cost: cost)
            hashes[cost] = hash
            return hash
        }
    }
}
